using System.Reflection;
using System.Security.Cryptography;
using ClaimCheck.Diagnostics;

namespace FashionMnist.Model;

/// <summary>
/// Saving and loading the network's weights (TorchSharp's <c>save</c> format), checked against a SHA-256 recorded
/// beside them (<c>fashion-net.sha256</c>, in <c>sha256sum</c>'s format). The committed weights are embedded in this
/// assembly, so every project that references the world carries them without copy rules.
/// </summary>
public static class FashionWeights
{
    /// <summary>The committed weights file, relative to the repository root.</summary>
    public const string CommittedPath = "examples/FashionMnist/Weights/fashion-net.dat";

    /// <summary>The command that retrains the network and overwrites the committed weights.</summary>
    public const string RegenerateCommand = "dotnet run -c Release --project examples/FashionMnist.Train";

    private const string WeightsResource = "FashionMnist.Weights.fashion-net.dat";
    private const string ChecksumResource = "FashionMnist.Weights.fashion-net.sha256";

    /// <summary>The network with the committed weights, in eval mode on the CPU.</summary>
    /// <exception cref="ClaimCheckException">CLM5011 when the weights are missing, do not match their checksum or do not fit the network.</exception>
    public static FashionNet LoadCommitted()
    {
        Assembly assembly = typeof(FashionWeights).Assembly;
        byte[] weights = ReadResource(assembly, WeightsResource);
        string recorded = ParseChecksum(System.Text.Encoding.UTF8.GetString(ReadResource(assembly, ChecksumResource)), ChecksumResource);
        return Load(weights, recorded, CommittedPath);
    }

    /// <summary>The network with the weights saved at <paramref name="path"/>, checked against <c>{path without .dat}.sha256</c>.</summary>
    /// <exception cref="ClaimCheckException">CLM5011 when a file is missing, the checksum differs or the weights do not fit.</exception>
    public static FashionNet Load(string path)
    {
        string checksumPath = ChecksumPath(path);
        foreach (string file in new[] { path, checksumPath })
        {
            if (!File.Exists(file))
            {
                throw new ClaimCheckException(DiagnosticIds.AuditTargetFailed,
                    $"no Fashion-MNIST weights file at {file}; create the weights and their checksum with `{RegenerateCommand}`");
            }
        }

        return Load(File.ReadAllBytes(path), ParseChecksum(File.ReadAllText(checksumPath), checksumPath), path);
    }

    /// <summary>Saves <paramref name="model"/>'s weights to <paramref name="path"/> and their SHA-256 beside them.</summary>
    public static void Save(FashionNet model, string path)
    {
        ArgumentNullException.ThrowIfNull(model);
        string? folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null)
        {
            Directory.CreateDirectory(folder);
        }

        model.save(path);
        string hash = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));
        File.WriteAllText(ChecksumPath(path), $"{hash}  {Path.GetFileName(path)}\n");
    }

    /// <summary>The checksum file that goes with a weights file.</summary>
    public static string ChecksumPath(string weightsPath) => Path.ChangeExtension(weightsPath, ".sha256");

    private static FashionNet Load(byte[] weights, string recordedHash, string source)
    {
        string actual = Convert.ToHexStringLower(SHA256.HashData(weights));
        if (actual != recordedHash)
        {
            throw new ClaimCheckException(DiagnosticIds.AuditTargetFailed,
                $"the Fashion-MNIST weights {source} ({weights.Length} bytes) have SHA-256 {actual[..16]}…, not the recorded {recordedHash[..Math.Min(16, recordedHash.Length)]}…: "
                + $"the file is damaged or was replaced without its checksum; regenerate both with `{RegenerateCommand}`");
        }

        var model = new FashionNet();
        try
        {
            using var stream = new MemoryStream(weights, writable: false);
            model.load(stream, strict: true);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or IOException or System.Runtime.InteropServices.ExternalException)
        {
            model.Dispose();
            throw new ClaimCheckException(DiagnosticIds.AuditTargetFailed,
                $"the Fashion-MNIST weights {source} do not fit FashionNet ({e.Message}); regenerate them with `{RegenerateCommand}`", e);
        }

        model.eval();
        return model;
    }

    private static byte[] ReadResource(Assembly assembly, string name)
    {
        using Stream stream = assembly.GetManifestResourceStream(name)
            ?? throw new ClaimCheckException(DiagnosticIds.AuditTargetFailed,
                $"the Fashion-MNIST weights were not built into {assembly.GetName().Name}: {name} was missing at build time; "
                + $"regenerate {CommittedPath} and its .sha256 with `{RegenerateCommand}`, then rebuild");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static string ParseChecksum(string text, string source)
    {
        string hash = text.Split([' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? string.Empty;
        if (hash.Length != 64 || !hash.All(Uri.IsHexDigit))
        {
            throw new ClaimCheckException(DiagnosticIds.AuditTargetFailed,
                $"{source} holds no SHA-256 (64 hex digits) of the Fashion-MNIST weights; regenerate with `{RegenerateCommand}`");
        }

        return hash.ToLowerInvariant();
    }
}
