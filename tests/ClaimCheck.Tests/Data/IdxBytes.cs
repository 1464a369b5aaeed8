using System.Buffers.Binary;
using System.IO.Compression;

namespace ClaimCheck.Tests.Data;

/// <summary>Hand-built IDX files for the reader's tests: a header, a payload, optionally gzip, written to a temporary folder.</summary>
internal static class IdxBytes
{
    /// <summary>The bytes of an IDX file with type code <paramref name="type"/>, <paramref name="dimensions"/> and <paramref name="payload"/>.</summary>
    public static byte[] File(byte type, int[] dimensions, byte[] payload)
    {
        var bytes = new byte[4 + (4 * dimensions.Length) + payload.Length];
        bytes[2] = type;
        bytes[3] = (byte)dimensions.Length;
        for (int d = 0; d < dimensions.Length; d++)
        {
            BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(4 + (4 * d)), dimensions[d]);
        }

        payload.CopyTo(bytes, 4 + (4 * dimensions.Length));
        return bytes;
    }

    /// <summary>An unsigned-byte IDX file of <paramref name="dimensions"/> whose elements count up from 0 (mod 256).</summary>
    public static byte[] Ramp(params int[] dimensions)
    {
        int length = dimensions.Aggregate(1, (a, b) => a * b);
        return File(0x08, dimensions, [.. Enumerable.Range(0, length).Select(i => (byte)i)]);
    }

    /// <summary>An unsigned-byte labels file.</summary>
    public static byte[] Labels(params byte[] labels) => File(0x08, [labels.Length], labels);

    public static byte[] Gzip(byte[] raw)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(raw);
        }

        return output.ToArray();
    }
}

/// <summary>A temporary folder deleted when disposed.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = Directory.CreateTempSubdirectory("claimcheck-idx-").FullName;
    }

    public string Path { get; }

    public string Write(string name, byte[] bytes)
    {
        string path = System.IO.Path.Combine(Path, name);
        System.IO.File.WriteAllBytes(path, bytes);
        return path;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
