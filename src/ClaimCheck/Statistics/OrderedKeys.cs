namespace ClaimCheck.Statistics;

/// <summary>
/// Scores as unsigned integers in the same order, and a radix sort for them: the null's AUROCs need thousands of sorts of
/// the same length, and sorting integer keys a byte at a time (a fixed number of linear passes) beats comparison sorts
/// there. The mapping is exact: two scores compare (&lt;, ==) as their keys do, with −0 and +0 one key, as they are one value.
/// NaN has no place in the order; callers keep it out.
/// </summary>
internal static class OrderedKeys
{
    /// <summary>The key of a float: its bits with the sign bit flipped when positive, all bits flipped when negative.</summary>
    public static uint Of(float score)
    {
        uint bits = BitConverter.SingleToUInt32Bits(score == 0 ? 0f : score);
        return (bits & 0x8000_0000u) != 0 ? ~bits : bits | 0x8000_0000u;
    }

    /// <summary>The key of a double, as <see cref="Of(float)"/>.</summary>
    public static ulong Of(double score)
    {
        ulong bits = BitConverter.DoubleToUInt64Bits(score == 0 ? 0d : score);
        return (bits & 0x8000_0000_0000_0000ul) != 0 ? ~bits : bits | 0x8000_0000_0000_0000ul;
    }

    /// <summary>Sorts <paramref name="keys"/> ascending, a byte at a time; <paramref name="scratch"/> is at least as long.</summary>
    public static void Sort(Span<uint> keys, Span<uint> scratch)
    {
        Span<int> counts = stackalloc int[4 * 256];
        counts.Clear();
        foreach (uint key in keys)
        {
            counts[(int)(key & 0xFF)]++;
            counts[256 + (int)((key >> 8) & 0xFF)]++;
            counts[512 + (int)((key >> 16) & 0xFF)]++;
            counts[768 + (int)(key >> 24)]++;
        }

        Span<uint> from = keys, to = scratch[..keys.Length];
        for (int pass = 0; pass < 4; pass++)
        {
            Span<int> count = counts.Slice(pass * 256, 256);
            if (count.Contains(keys.Length))
            {
                continue; // Every key has the same byte here: the pass would not move anything.
            }

            Scatter(from, to, count, 8 * pass);
            Span<uint> swap = from;
            from = to;
            to = swap;
        }

        if (from != keys)
        {
            from.CopyTo(keys);
        }
    }

    /// <summary>Sorts <paramref name="keys"/> ascending, a byte at a time; <paramref name="scratch"/> is at least as long.</summary>
    public static void Sort(Span<ulong> keys, Span<ulong> scratch)
    {
        Span<int> counts = stackalloc int[8 * 256];
        counts.Clear();
        foreach (ulong key in keys)
        {
            for (int pass = 0; pass < 8; pass++)
            {
                counts[(pass * 256) + (int)((key >> (8 * pass)) & 0xFF)]++;
            }
        }

        Span<ulong> from = keys, to = scratch[..keys.Length];
        for (int pass = 0; pass < 8; pass++)
        {
            Span<int> count = counts.Slice(pass * 256, 256);
            if (count.Contains(keys.Length))
            {
                continue;
            }

            Scatter(from, to, count, 8 * pass);
            Span<ulong> swap = from;
            from = to;
            to = swap;
        }

        if (from != keys)
        {
            from.CopyTo(keys);
        }
    }

    private static void Scatter(ReadOnlySpan<uint> from, Span<uint> to, Span<int> count, int shift)
    {
        Span<int> start = stackalloc int[256];
        int sum = 0;
        for (int b = 0; b < 256; b++)
        {
            start[b] = sum;
            sum += count[b];
        }

        foreach (uint key in from)
        {
            to[start[(int)((key >> shift) & 0xFF)]++] = key;
        }
    }

    private static void Scatter(ReadOnlySpan<ulong> from, Span<ulong> to, Span<int> count, int shift)
    {
        Span<int> start = stackalloc int[256];
        int sum = 0;
        for (int b = 0; b < 256; b++)
        {
            start[b] = sum;
            sum += count[b];
        }

        foreach (ulong key in from)
        {
            to[start[(int)((key >> shift) & 0xFF)]++] = key;
        }
    }
}
