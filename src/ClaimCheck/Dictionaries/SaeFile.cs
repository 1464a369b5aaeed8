using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using ClaimCheck.Claims;
using ClaimCheck.Diagnostics;

namespace ClaimCheck.Dictionaries;

/// <summary>
/// Saves and loads a <see cref="SparseAutoencoder"/> in a small checked binary format: a magic header and version,
/// the layer, reduction and model fingerprint it belongs to, the shapes, the weights (little-endian float32) and a
/// SHA-256 of everything before it. Loading a damaged or foreign file fails with CLM5043 and says what is wrong,
/// instead of yielding latents that mean nothing.
/// </summary>
/// <example>
/// <code>
/// SaeFile.Save(result.Autoencoder, "Weights/stripes-sae.dat");
/// SparseAutoencoder sae = SaeFile.Load("Weights/stripes-sae.dat");
/// </code>
/// </example>
public static class SaeFile
{
    /// <summary>The first bytes of every file.</summary>
    public static ReadOnlySpan<byte> Magic => "CCSAE\n"u8;

    /// <summary>The format version this build writes and reads.</summary>
    public const int Version = 1;

    private const int HashBytes = 32;

    // Bounds a sane header never exceeds; a corrupt size field must not make the reader allocate gigabytes.
    private const int MaxWidth = 1 << 20;
    private const int MaxString = 4096;

    /// <summary>Writes <paramref name="autoencoder"/> to <paramref name="path"/>, creating its folder.</summary>
    public static void Save(SparseAutoencoder autoencoder, string path)
    {
        ArgumentNullException.ThrowIfNull(autoencoder);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        string? folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null)
        {
            Directory.CreateDirectory(folder);
        }

        File.WriteAllBytes(path, ToBytes(autoencoder));
    }

    /// <summary>The file's bytes for <paramref name="autoencoder"/> (deterministic: the same weights give the same bytes).</summary>
    public static byte[] ToBytes(SparseAutoencoder autoencoder)
    {
        ArgumentNullException.ThrowIfNull(autoencoder);
        using var body = new MemoryStream();
        using (var writer = new BinaryWriter(body, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Magic);
            writer.Write(Version);
            writer.Write(autoencoder.Layer);
            writer.Write((int)autoencoder.Reduction);
            writer.Write(autoencoder.ModelFingerprint ?? string.Empty);
            writer.Write(autoencoder.InputSize);
            writer.Write(autoencoder.LatentCount);
            writer.Write(autoencoder.InputScale);
            WriteFloats(writer, autoencoder.InputMean);
            WriteFloats(writer, autoencoder.EncoderWeights);
            WriteFloats(writer, autoencoder.EncoderBias);
            WriteFloats(writer, autoencoder.DecoderWeights);
            WriteFloats(writer, autoencoder.DecoderBias);
        }

        byte[] hash = SHA256.HashData(body.ToArray());
        body.Write(hash);
        return body.ToArray();
    }

    /// <summary>Reads the autoencoder at <paramref name="path"/>; CLM5043 when the file is missing, foreign or damaged.</summary>
    public static SparseAutoencoder Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path))
        {
            throw new ClaimCheckException(DiagnosticIds.AutoencoderCorrupt, $"no sparse-autoencoder file at '{path}'");
        }

        return FromBytes(File.ReadAllBytes(path), Path.GetFileName(path));
    }

    /// <summary>Reads an autoencoder from <paramref name="stream"/> (e.g. an embedded resource); CLM5043 when it is damaged.</summary>
    public static SparseAutoencoder Load(Stream stream, string source)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return FromBytes(copy.ToArray(), source);
    }

    /// <summary>Reads an autoencoder from a file's bytes; <paramref name="source"/> names it in messages.</summary>
    public static SparseAutoencoder FromBytes(byte[] bytes, string source)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (bytes.Length < Magic.Length || !bytes.AsSpan(0, Magic.Length).SequenceEqual(Magic))
        {
            throw Corrupt(source, "it does not start with the sparse-autoencoder header; it is not a file SaeFile.Save wrote");
        }

        if (bytes.Length < Magic.Length + sizeof(int) + HashBytes)
        {
            throw Corrupt(source, $"it is truncated ({bytes.Length} bytes)");
        }

        int version = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(Magic.Length));
        if (version != Version)
        {
            throw Corrupt(source, $"it has format version {version}; this build reads version {Version}");
        }

        int bodyLength = bytes.Length - HashBytes;
        if (!SHA256.HashData(bytes.AsSpan(0, bodyLength)).AsSpan().SequenceEqual(bytes.AsSpan(bodyLength)))
        {
            throw Corrupt(source, "its checksum does not match its contents (truncated or modified after saving)");
        }

        try
        {
            return ReadBody(new MemoryStream(bytes, Magic.Length + sizeof(int), bodyLength - Magic.Length - sizeof(int)), source);
        }
        catch (Exception e) when (e is EndOfStreamException or IOException or ArgumentException or FormatException)
        {
            throw Corrupt(source, $"its contents cannot be read ({e.Message})", e);
        }
    }

    private static SparseAutoencoder ReadBody(MemoryStream body, string source)
    {
        using var reader = new BinaryReader(body, Encoding.UTF8);
        string layer = reader.ReadString();
        var reduction = (Reduction)reader.ReadInt32();
        string fingerprint = reader.ReadString();
        int inputs = reader.ReadInt32();
        int latents = reader.ReadInt32();
        float scale = reader.ReadSingle();
        if (layer.Length is 0 or > MaxString || fingerprint.Length > MaxString || !Enum.IsDefined(reduction)
            || inputs is <= 0 or > MaxWidth || latents is <= 0 or > MaxWidth || (long)inputs * latents > Array.MaxLength)
        {
            throw Corrupt(source, $"its header is not valid (layer '{layer}', reduction {(int)reduction}, {inputs} inputs, {latents} latents)");
        }

        float[] mean = ReadFloats(reader, inputs);
        float[] encoder = ReadFloats(reader, latents * inputs);
        float[] encoderBias = ReadFloats(reader, latents);
        float[] decoder = ReadFloats(reader, latents * inputs);
        float[] decoderBias = ReadFloats(reader, inputs);
        if (body.Position != body.Length)
        {
            throw Corrupt(source, $"it has {body.Length - body.Position} bytes after the weights");
        }

        return new SparseAutoencoder(layer, reduction, fingerprint, scale, mean, encoder, encoderBias, decoder, decoderBias);
    }

    private static void WriteFloats(BinaryWriter writer, IReadOnlyList<float> values)
    {
        foreach (float value in values)
        {
            writer.Write(value);
        }
    }

    private static float[] ReadFloats(BinaryReader reader, int count)
    {
        byte[] raw = reader.ReadBytes(count * sizeof(float));
        if (raw.Length != count * sizeof(float))
        {
            throw new EndOfStreamException($"expected {count} weights, found {raw.Length / sizeof(float)}");
        }

        var values = new float[count];
        for (int k = 0; k < count; k++)
        {
            values[k] = BinaryPrimitives.ReadSingleLittleEndian(raw.AsSpan(k * sizeof(float)));
        }

        return values;
    }

    private static ClaimCheckException Corrupt(string source, string why, Exception? inner = null) =>
        new(DiagnosticIds.AutoencoderCorrupt, $"the sparse-autoencoder file '{source}' cannot be used: {why}", inner);
}
