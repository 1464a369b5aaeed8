using ClaimCheck.Statistics;

namespace ClaimCheck.Evidence.Ablation;

/// <summary>
/// The null's draws, made on the CPU from <see cref="SeededRandom"/> so every device sees the same ones: random unit
/// sets of the subject's size (as 0/1 masks) or random unit directions, one row of <c>units</c> floats per draw.
/// </summary>
internal static class NullDraws
{
    /// <summary>
    /// <paramref name="count"/> random sets of as many units as the subject has, drawn without replacement from the units
    /// outside the subject (a draw that could equal the subject would count against it), or from the whole layer when
    /// too few units lie outside it.
    /// </summary>
    public static float[] UnitSets(int count, int units, IReadOnlyList<int> subjectUnits, ulong seed)
    {
        int size = subjectUnits.Count;
        int[] pool = DrawsFromWholeLayer(units, subjectUnits)
            ? Enumerable.Range(0, units).ToArray()
            : Enumerable.Range(0, units).Except(subjectUnits).ToArray();

        var random = new SeededRandom(seed);
        float[] rows = new float[(long)count * units];
        for (int draw = 0; draw < count; draw++)
        {
            // A partial Fisher–Yates shuffle: the first `size` places end up a uniform random subset.
            for (int i = 0; i < size; i++)
            {
                int j = random.NextInt(i, pool.Length);
                (pool[i], pool[j]) = (pool[j], pool[i]);
                rows[((long)draw * units) + pool[i]] = 1;
            }
        }

        return rows;
    }

    /// <summary>Whether too few units lie outside the subject, so null sets are drawn from the whole layer.</summary>
    public static bool DrawsFromWholeLayer(int units, IReadOnlyList<int> subjectUnits) => units - subjectUnits.Count < subjectUnits.Count;

    /// <summary><paramref name="count"/> directions uniform on the unit sphere of the layer's units.</summary>
    public static float[] Directions(int count, int units, ulong seed) => RandomDirections.Draw(count, units, seed);
}
