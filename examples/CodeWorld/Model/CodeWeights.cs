using System.Reflection;
using System.Security.Cryptography;
using ClaimCheck.Diagnostics;

namespace CodeWorld.Model;

/// <summary>
/// Saving and loading the transformer's weights (TorchSharp's <c>save</c> format), checked against the SHA-256 recorded
/// beside them (<c>code-transformer.sha256</c>, in <c>sha256sum</c>'s format). The committed weights are embedded in
/// this assembly, so every project that references the world carries them without copy rules.
/// </summary>
public static class CodeWeights
{
    /// <summary>The committed weights file, relative to the repository root.</summary>
    public const string CommittedPath = "examples/CodeWorld/Weights/code-transformer.dat";

    /// <summary>The command that retrains the model and overwrites the committed weights, checksum and log.</summary>
    public const string RegenerateCommand = "dotnet run -c Release --project examples/CodeWorld.Train";

    private const string WeightsResource = "CodeWorld.Weights.code-transformer.dat";
    private const string ChecksumResource = "CodeWorld.Weights.code-transformer.sha256";

    /// <summary>The SHA-256 of the committed weights file, as recorded beside it.</summary>
    /// <exception cref="ClaimCheckException">CLM5011 when the checksum was not built into the assembly or is malformed.</exception>
    public static string CommittedSha256 =>
        ParseChecksum(System.Text.Encoding.UTF8.GetString(ReadResource(ChecksumResource)), ChecksumResource);

    /// <summary>The model with the committed weights, in eval mode on the CPU.</summary>
    /// <exception cref="ClaimCheckException">CLM5011 when the weights are missing, do not match their checksum or do not fit the model.</exception>
    public static CodeTransformer LoadCommitted() => Load(ReadResource(WeightsResource), CommittedSha256, CommittedPath);

    /// <summary>The model with the weights saved at <paramref name="path"/>, checked against <c>{path without .dat}.sha256</c>.</summary>
    /// <exception cref="ClaimCheckException">CLM5011 when a file is missing, the checksum differs or the weights do not fit.</exception>
    public static CodeTransformer Load(string path)
    {
        string checksumPath = ChecksumPath(path);
        foreach (string file in new[] { path, checksumPath })
        {
            if (!File.Exists(file))
            {
                throw new ClaimCheckException(DiagnosticIds.AuditTargetFailed,
                    $"no code-world weights file at {file}; create the weights and their checksum with `{RegenerateCommand}`");
            }
        }

        return Load(File.ReadAllBytes(path), ParseChecksum(File.ReadAllText(checksumPath), checksumPath), path);
    }

    /// <summary>Saves <paramref name="model"/>'s weights to <paramref name="path"/> and their SHA-256 beside them; returns the SHA-256.</summary>
    public static string Save(CodeTransformer model, string path)
    {
        ArgumentNullException.ThrowIfNull(model);
        string? folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null)
        {
            Directory.CreateDirectory(folder);
        }

        model.save(path);
        string hash = Sha256Of(File.ReadAllBytes(path));
        File.WriteAllText(ChecksumPath(path), $"{hash}  {Path.GetFileName(path)}\n");
        return hash;
    }

    /// <summary>The checksum file that goes with a weights file.</summary>
    public static string ChecksumPath(string weightsPath) => Path.ChangeExtension(weightsPath, ".sha256");

    /// <summary>The SHA-256 of some bytes, 64 lower-case hex digits.</summary>
    public static string Sha256Of(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private static CodeTransformer Load(byte[] weights, string recordedHash, string source)
    {
        string actual = Sha256Of(weights);
        if (actual != recordedHash)
        {
            throw new ClaimCheckException(DiagnosticIds.AuditTargetFailed,
                $"the code-world weights {source} ({weights.Length} bytes) have SHA-256 {actual[..16]}…, not the recorded {recordedHash[..16]}…: "
                + $"the file is damaged or was replaced without its checksum; regenerate both with `{RegenerateCommand}`");
        }

        var model = new CodeTransformer(ModelShape.Default);
        try
        {
            using var stream = new MemoryStream(weights, writable: false);
            model.load(stream, strict: true);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or IOException or System.Runtime.InteropServices.ExternalException)
        {
            model.Dispose();
            throw new ClaimCheckException(DiagnosticIds.AuditTargetFailed,
                $"the code-world weights {source} do not fit CodeTransformer ({ModelShape.Default}: {e.Message}); regenerate them with `{RegenerateCommand}`", e);
        }

        model.eval();
        return model;
    }

    private static byte[] ReadResource(string name)
    {
        Assembly assembly = typeof(CodeWeights).Assembly;
        using Stream stream = assembly.GetManifestResourceStream(name)
            ?? throw new ClaimCheckException(DiagnosticIds.AuditTargetFailed,
                $"the code-world weights were not built into {assembly.GetName().Name}: {name} was missing at build time; "
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
                $"{source} holds no SHA-256 (64 hex digits) of the code-world weights; regenerate with `{RegenerateCommand}`");
        }

        return hash.ToLowerInvariant();
    }
}
