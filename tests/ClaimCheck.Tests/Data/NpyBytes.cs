using System.Buffers.Binary;
using System.Text;

namespace ClaimCheck.Tests.Data;

/// <summary>Hand-built .npy files for the reader's tests: the magic, a version, a header dict, a payload.</summary>
internal static class NpyBytes
{
    /// <summary>The header dict numpy writes, e.g. <c>{'descr': '&lt;f4', 'fortran_order': False, 'shape': (2, 3), }</c>.</summary>
    public static string Header(string descr, string shape, bool fortran = false) =>
        $"{{'descr': '{descr}', 'fortran_order': {(fortran ? "True" : "False")}, 'shape': {shape}, }}";

    /// <summary>An npy file of format <paramref name="version"/> with <paramref name="header"/> (padded as numpy pads it) and <paramref name="payload"/>.</summary>
    public static byte[] File(string header, byte[] payload, int version = 1)
    {
        int lengthBytes = version == 1 ? 2 : 4;
        // numpy pads the header with spaces and a newline so that the data starts at a multiple of 64 bytes.
        int unpadded = 8 + lengthBytes + Encoding.UTF8.GetByteCount(header) + 1;
        string padded = header + new string(' ', (64 - (unpadded % 64)) % 64) + "\n";
        byte[] text = Encoding.UTF8.GetBytes(padded);
        var bytes = new List<byte>([0x93, .. "NUMPY"u8.ToArray(), (byte)version, 0]);
        var length = new byte[lengthBytes];
        if (version == 1)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(length, (ushort)text.Length);
        }
        else
        {
            BinaryPrimitives.WriteUInt32LittleEndian(length, (uint)text.Length);
        }

        bytes.AddRange(length);
        bytes.AddRange(text);
        bytes.AddRange(payload);
        return [.. bytes];
    }

    /// <summary>Little-endian float32 bytes of <paramref name="values"/>.</summary>
    public static byte[] Floats(params float[] values)
    {
        var bytes = new byte[4 * values.Length];
        for (int i = 0; i < values.Length; i++)
        {
            BinaryPrimitives.WriteSingleLittleEndian(bytes.AsSpan(4 * i), values[i]);
        }

        return bytes;
    }

    /// <summary>Little-endian int64 bytes of <paramref name="values"/>.</summary>
    public static byte[] Longs(params long[] values)
    {
        var bytes = new byte[8 * values.Length];
        for (int i = 0; i < values.Length; i++)
        {
            BinaryPrimitives.WriteInt64LittleEndian(bytes.AsSpan(8 * i), values[i]);
        }

        return bytes;
    }

    /// <summary>A float32 [rows, columns] file whose elements count up from 0.</summary>
    public static byte[] Ramp(int rows, int columns) =>
        File(Header("<f4", $"({rows}, {columns})"), Floats([.. Enumerable.Range(0, rows * columns).Select(i => (float)i)]));
}
