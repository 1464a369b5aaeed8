using ClaimCheck.Statistics;

namespace ClaimCheck.Evidence.Ablation;

/// <summary>
/// The null's draws, made on the CPU from <see cref="SeededRandom"/> so every device sees the same ones: random unit
/// sets of the subject's size from the whole layer (as 0/1 masks) or random unit directions, one row of <c>units</c>
/// floats per draw.
/// </summary>
internal static class NullDraws
{
    /// <summary>
    /// <paramref name="count"/> random sets of as many units as the subject has, each drawn without replacement from the
    /// whole layer, the subject's own units included. Under the null hypothesis the subject is just such a set, so its
    /// effect and the draws' are exchangeable and P(p ≤ α) ≤ α. Drawing only from the units outside the subject breaks
    /// that: the layer's strongest unit then beats every draw (p at its floor) one time in N by chance alone, not α
    /// (measured in docs/validity.md: 16% false Holds for random units of a 6-unit layer).
    /// </summary>
    public static float[] UnitSets(int count, int units, int size, ulong seed)
    {
        int[] pool = Enumerable.Range(0, units).ToArray();
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

    /// <summary>
    /// How many sets of <paramref name="size"/> units a layer of <paramref name="units"/> has, C(units, size), or null
    /// when there are more than <paramref name="limit"/> of them.
    /// </summary>
    public static int? SetCount(int units, int size, int limit)
    {
        double count = 1;
        for (int i = 0; i < size; i++)
        {
            count = count * (units - i) / (i + 1);
            if (count > limit + 0.5)
            {
                return null;
            }
        }

        return (int)Math.Round(count);
    }

    /// <summary>
    /// Every set of as many units as <paramref name="subject"/> has, except the subject's own, in lexicographic
    /// order, as 0/1 masks: the exact null when the layer has few enough sets to try them all.
    /// </summary>
    public static float[] OtherUnitSets(int units, IReadOnlyList<int> subject)
    {
        int size = subject.Count;
        var own = new HashSet<int>(subject);
        var rows = new List<float>();
        int[] chosen = Enumerable.Range(0, size).ToArray();
        while (true)
        {
            if (!chosen.All(own.Contains))
            {
                float[] row = new float[units];
                foreach (int u in chosen)
                {
                    row[u] = 1;
                }

                rows.AddRange(row);
            }

            // The next combination: raise the rightmost index that can still move, reset the ones after it.
            int i = size - 1;
            while (i >= 0 && chosen[i] == units - size + i)
            {
                i--;
            }

            if (i < 0)
            {
                return rows.ToArray();
            }

            chosen[i]++;
            for (int j = i + 1; j < size; j++)
            {
                chosen[j] = chosen[j - 1] + 1;
            }
        }
    }

    /// <summary><paramref name="count"/> directions uniform on the unit sphere of the layer's units.</summary>
    public static float[] Directions(int count, int units, ulong seed) => RandomDirections.Draw(count, units, seed);
}
