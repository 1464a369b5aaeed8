namespace ClaimCheck.Statistics;

/// <summary>What a Monte Carlo p-value says about a null comparison, once the draws' own randomness is accounted for.</summary>
internal enum MonteCarloDecision
{
    /// <summary>The subject beats its null at the level, whatever draws a different seed would make (within the interval).</summary>
    BeatsNull,

    /// <summary>The subject is clearly no better than its null at the level.</summary>
    NoBetterThanNull,

    /// <summary>The true p lies too close to the level to decide with this many draws: another seed could decide otherwise.</summary>
    Undecided,
}

/// <summary>
/// Judges an empirical p-value (<see cref="EmpiricalP"/>) by an interval, not a point: with R null draws and k of them
/// at least as extreme as the subject, the true p (the chance that a null draw is) has a Wilson interval around k/R.
/// A p whose interval lies under the level passes for every seed but a rare one; a p whose interval straddles it is
/// decided by the luck of the draws, which is what makes verdicts flip between seeds. More draws narrow the interval.
/// </summary>
internal static class MonteCarloP
{
    /// <summary>
    /// The confidence of the interval. 99%: a comparison whose true p lies outside the interval is decided the other
    /// way for fewer than 1 seed in 200, and a subject that beats every draw of a family-sized null
    /// (<see cref="NullDrawBudget"/>, R + 1 = 10·m/α) is still decided at once (its upper bound is 0.66·α/m).
    /// </summary>
    public const double Confidence = 0.99;

    /// <summary>
    /// Decides a null comparison: <paramref name="rawP"/> = (1 + k)/(1 + R) from <paramref name="draws"/> = R draws,
    /// judged at the scale the family puts it (<paramref name="adjustedP"/> ÷ <paramref name="rawP"/>) against α.
    /// </summary>
    /// <example>
    /// <code>
    /// MonteCarloP.Decide(rawP: 0.012, adjustedP: 0.06, draws: 999, alpha: 0.05); // Undecided: 11 of 999, ×5, straddles 0.05
    /// </code>
    /// </example>
    public static MonteCarloDecision Decide(double rawP, double adjustedP, int draws, double alpha)
    {
        if (draws <= 0)
        {
            return adjustedP <= alpha ? MonteCarloDecision.BeatsNull : MonteCarloDecision.NoBetterThanNull;
        }

        // p = (1 + k)/(1 + R) is exact in double for the sizes used, so rounding recovers k.
        int exceeding = Math.Clamp((int)Math.Round((rawP * (draws + 1)) - 1), 0, draws);
        double scale = rawP > 0 ? Math.Max(1, adjustedP / rawP) : 1;
        Interval interval = Wilson.ScoreInterval(exceeding, draws, Confidence);
        if (interval.Upper * scale <= alpha)
        {
            return MonteCarloDecision.BeatsNull;
        }

        return interval.Lower * scale > alpha ? MonteCarloDecision.NoBetterThanNull : MonteCarloDecision.Undecided;
    }
}
