using ClaimCheck.Statistics;
using NUnit.Framework;

namespace ClaimCheck.Tests.Statistics;

/// <summary>
/// The radix sort behind the bulk AUROCs, against <see cref="Array.Sort(Array)"/>. The AUROC tests feed it scores with
/// few significant bits, whose low key bytes are all equal (so those passes are skipped); here every byte varies, or
/// only some do, so that an odd number of passes leaves the result in the scratch buffer and it must be copied back.
/// </summary>
public class OrderedKeysTests
{
    [TestCase(1, 0xFFFF_FFFFu)]
    [TestCase(300, 0xFFFF_FFFFu)]
    [TestCase(300, 0x0000_00FFu)]
    [TestCase(300, 0x0000_FF00u)]
    [TestCase(300, 0x00FF_0000u)]
    [TestCase(300, 0xFF00_0000u)]
    [TestCase(300, 0xFFFF_FF00u)]
    [TestCase(300, 0x00FF_FF00u)]
    public void Sorting_32_bit_keys_agrees_with_a_comparison_sort(int length, uint varyingBits)
    {
        var random = new SeededRandom((ulong)length + varyingBits);
        uint fixedBits = 0x5A3C_9E17u & ~varyingBits;
        uint[] keys = [.. Enumerable.Range(0, length).Select(_ => fixedBits | ((uint)random.NextUInt64() & varyingBits))];
        uint[] expected = [.. keys];
        Array.Sort(expected);

        OrderedKeys.Sort(keys, new uint[length]);

        Assert.That(keys, Is.EqualTo(expected));
    }

    [TestCase(1, 0xFFFF_FFFF_FFFF_FFFFul)]
    [TestCase(300, 0xFFFF_FFFF_FFFF_FFFFul)]
    [TestCase(300, 0x0000_0000_0000_00FFul)]
    [TestCase(300, 0x0000_0000_00FF_0000ul)]
    [TestCase(300, 0xFF00_0000_0000_0000ul)]
    [TestCase(300, 0xFFFF_FF00_0000_0000ul)]
    [TestCase(300, 0x0000_FF00_FF00_FF00ul)]
    public void Sorting_64_bit_keys_agrees_with_a_comparison_sort(int length, ulong varyingBits)
    {
        var random = new SeededRandom((ulong)length ^ varyingBits);
        ulong fixedBits = 0x5A3C_9E17_0F1E_2D3Cul & ~varyingBits;
        ulong[] keys = [.. Enumerable.Range(0, length).Select(_ => fixedBits | (random.NextUInt64() & varyingBits))];
        ulong[] expected = [.. keys];
        Array.Sort(expected);

        OrderedKeys.Sort(keys, new ulong[length]);

        Assert.That(keys, Is.EqualTo(expected));
    }

    [Test]
    public void Sorting_the_keys_of_arbitrary_doubles_orders_the_doubles()
    {
        var random = new SeededRandom(21);
        double[] scores = [.. Enumerable.Range(0, 500).Select(_ => BitConverter.UInt64BitsToDouble(random.NextUInt64())).Where(s => !double.IsNaN(s))];
        ulong[] keys = [.. scores.Select(OrderedKeys.Of)];
        double[] expected = [.. scores];
        Array.Sort(expected);

        OrderedKeys.Sort(keys, new ulong[keys.Length]);

        Assert.That(keys, Is.EqualTo(expected.Select(OrderedKeys.Of).ToArray()));
    }
}
