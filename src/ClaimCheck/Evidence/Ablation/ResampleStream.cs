using System.Runtime.CompilerServices;
using ClaimCheck.Statistics;

namespace ClaimCheck.Evidence.Ablation;

/// <summary>
/// The stream of <c>new SeededRandom(seed)</c> (xoshiro256** seeded through SplitMix64) and its
/// <see cref="SeededRandom.NextInt(int)"/> draws, value for value, as a struct: a local copy of it keeps its four words
/// of state in registers through a bootstrap's loop, where the class loads and stores them on the heap at every draw.
/// A bootstrap of 2,000 resamples of a few thousand effects makes millions of draws; this way they cost half as much,
/// and they are the same draws (tests hold the two streams to each other).
/// </summary>
internal struct ResampleStream
{
    private ulong _s0;
    private ulong _s1;
    private ulong _s2;
    private ulong _s3;

    /// <summary>The stream <c>new SeededRandom(<paramref name="seed"/>)</c> starts.</summary>
    public ResampleStream(ulong seed)
    {
        ulong x = seed;
        _s0 = SplitMix(ref x);
        _s1 = SplitMix(ref x);
        _s2 = SplitMix(ref x);
        _s3 = SplitMix(ref x);
    }

    /// <summary>The next 64 bits, as <see cref="SeededRandom.NextUInt64"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong NextUInt64()
    {
        ulong result = ulong.RotateLeft(_s1 * 5, 7) * 9;
        ulong t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = ulong.RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>
    /// An integer on [0, <paramref name="bound"/>), as <see cref="SeededRandom.NextInt(int)"/> draws it: values below
    /// <paramref name="threshold"/> = 2^64 mod bound are rejected (they would favour small remainders).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int NextInt(ulong bound, ulong threshold)
    {
        while (true)
        {
            ulong r = NextUInt64();
            if (r >= threshold)
            {
                return (int)(r % bound);
            }
        }
    }

    /// <summary>The rejection threshold of <see cref="NextInt"/> for <paramref name="bound"/>: 2^64 mod bound.</summary>
    public static ulong Threshold(ulong bound) => (0UL - bound) % bound;

    private static ulong SplitMix(ref ulong x)
    {
        ulong z = x += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
