namespace ClaimCheck.Statistics;

/// <summary>
/// Adjusted p-values for a family of claims checked together, so a CI run of a hundred claims does not turn noise into
/// verdicts. The results match R's <c>p.adjust</c> and come back in the order of the input.
/// </summary>
internal static class MultipleTesting
{
    /// <summary>
    /// Holm's (1979) step-down adjustment, which controls the family-wise error rate under any dependence: the i-th
    /// smallest p-value becomes max over j ≤ i of (m − j + 1)·p₍ⱼ₎, capped at 1 (R's <c>p.adjust(p, "holm")</c>).
    /// </summary>
    /// <param name="pValues">The raw p-values, each in [0, 1].</param>
    /// <returns>The adjusted p-values, in the input order.</returns>
    /// <exception cref="ArgumentException">A p-value is NaN or outside [0, 1].</exception>
    /// <example>
    /// <code>
    /// double[] adjusted = MultipleTesting.Holm([0.01, 0.04, 0.03, 0.005, 0.2]); // [0.04, 0.09, 0.09, 0.025, 0.2]
    /// </code>
    /// </example>
    public static double[] Holm(ReadOnlySpan<double> pValues)
    {
        int m = pValues.Length;
        int[] order = AscendingOrder(pValues, nameof(pValues));
        double[] adjusted = new double[m];
        double runningMax = 0;
        for (int rank = 0; rank < m; rank++)
        {
            int index = order[rank];
            // The max over smaller p-values keeps the adjustment monotone: a smaller raw p never gets a larger adjusted p.
            runningMax = Math.Max(runningMax, Math.Min(1, (m - rank) * pValues[index]));
            adjusted[index] = runningMax;
        }

        return adjusted;
    }

    /// <summary>
    /// The Benjamini–Hochberg (1995) step-up adjustment, which controls the false discovery rate under independence or
    /// positive dependence: the i-th smallest p-value becomes min over j ≥ i of (m / j)·p₍ⱼ₎, capped at 1
    /// (R's <c>p.adjust(p, "BH")</c>).
    /// </summary>
    /// <param name="pValues">The raw p-values, each in [0, 1].</param>
    /// <returns>The adjusted p-values, in the input order.</returns>
    /// <exception cref="ArgumentException">A p-value is NaN or outside [0, 1].</exception>
    /// <example>
    /// <code>
    /// double[] adjusted = MultipleTesting.BenjaminiHochberg([0.01, 0.04, 0.03, 0.005, 0.2]); // [0.025, 0.05, 0.05, 0.025, 0.2]
    /// </code>
    /// </example>
    public static double[] BenjaminiHochberg(ReadOnlySpan<double> pValues)
    {
        int m = pValues.Length;
        int[] order = AscendingOrder(pValues, nameof(pValues));
        double[] adjusted = new double[m];
        double runningMin = 1;
        for (int rank = m - 1; rank >= 0; rank--)
        {
            int index = order[rank];
            // (m / j) · p in that order, as R writes it, so results agree with p.adjust to the last bit where possible.
            runningMin = Math.Min(runningMin, (double)m / (rank + 1) * pValues[index]);
            adjusted[index] = runningMin;
        }

        return adjusted;
    }

    private static int[] AscendingOrder(ReadOnlySpan<double> pValues, string name)
    {
        double[] keys = new double[pValues.Length];
        int[] order = new int[pValues.Length];
        for (int i = 0; i < pValues.Length; i++)
        {
            double p = pValues[i];
            if (!(p >= 0 && p <= 1))
            {
                throw new ArgumentException($"p-value {i} is {p}; p-values must lie in [0, 1].", name);
            }

            keys[i] = p;
            order[i] = i;
        }

        // Ties need no stable order: tied p-values get equal adjusted values under both procedures.
        Array.Sort(keys, order);
        return order;
    }
}
