namespace ClaimCheck.Statistics;

/// <summary>
/// Permutation-style p-values from a sample of null scores (other units of the layer, random directions, random ablations).
/// </summary>
internal static class EmpiricalP
{
    /// <summary>
    /// The upper-tail p-value (1 + #{null ≥ observed}) / (1 + R) for R null scores (Phipson and Smyth 2010). Counting
    /// the observed score as one of the null draws keeps the p-value valid and never 0: with 200 nulls the smallest
    /// possible p-value is 1/201.
    /// </summary>
    /// <param name="observed">The score of the subject of the claim.</param>
    /// <param name="nullScores">The same score for each null draw; may be empty (the p-value is then 1).</param>
    /// <returns>A p-value in [1/(R+1), 1].</returns>
    /// <exception cref="ArgumentException">
    /// <paramref name="observed"/> or a null score is NaN (a NaN null would otherwise count as "not as extreme"
    /// and make the p-value smaller than it should be).
    /// </exception>
    /// <example>
    /// <code>
    /// double p = EmpiricalP.Upper(observed: 0.91, nullScores: randomDirectionAurocs);
    /// </code>
    /// </example>
    public static double Upper(double observed, ReadOnlySpan<double> nullScores)
    {
        if (double.IsNaN(observed))
        {
            throw new ArgumentException("The observed score is NaN.", nameof(observed));
        }

        int atLeastAsExtreme = 0;
        for (int i = 0; i < nullScores.Length; i++)
        {
            double score = nullScores[i];
            if (double.IsNaN(score))
            {
                throw new ArgumentException($"Null score {i} is NaN.", nameof(nullScores));
            }

            if (score >= observed)
            {
                atLeastAsExtreme++;
            }
        }

        return (1.0 + atLeastAsExtreme) / (1.0 + nullScores.Length);
    }
}
