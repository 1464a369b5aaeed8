namespace ClaimCheck.Statistics;

/// <summary>
/// How many null draws an empirical p-value needs so a family adjustment can still reach its verdicts. With R draws
/// the smallest p is 1/(R + 1) (<see cref="EmpiricalP"/>); Holm and Benjamini–Hochberg compare the smallest p of m
/// claims with α/m, so with R = 200 and 10 claims no claim could ever beat its null (10/201 ≈ 0.05), however strong.
/// The rule keeps the number of draws the rejection region holds at the strictest level at least
/// <see cref="DrawsBeyondStrictestLevel"/>: (R + 1)·α/m ≥ 10.
/// </summary>
internal static class NullDrawBudget
{
    /// <summary>
    /// Null draws expected beyond the strictest level when the subject's true p lies there. 10 is what the
    /// long-standing default of 200 draws gives a lone claim at α = 0.05; it also keeps a Monte Carlo test's power
    /// close to the exact test's: a subject whose true p is half the level passes with probability about 0.97
    /// (P(Binomial(R, α/(2m)) ≤ 9)), where 4 draws would give about 0.86.
    /// </summary>
    public const int DrawsBeyondStrictestLevel = 10;

    /// <summary>
    /// The draws to make: the declared number, raised to the smallest R with (R + 1)·α/<paramref name="tests"/> ≥
    /// <see cref="DrawsBeyondStrictestLevel"/>.
    /// </summary>
    /// <param name="declared">The null draws the claim declares.</param>
    /// <param name="alpha">The claim's significance level, in (0, 1).</param>
    /// <param name="tests">How many claims the level is shared among (1 when the family is not adjusted).</param>
    /// <returns>At least <paramref name="declared"/>.</returns>
    /// <example>
    /// <code>
    /// int draws = NullDrawBudget.Draws(declared: 200, alpha: 0.05, tests: 5); // 999: the smallest p is 1/1000 = α/50
    /// </code>
    /// </example>
    public static int Draws(int declared, double alpha, int tests)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(declared);
        ArgumentOutOfRangeException.ThrowIfLessThan(tests, 1);
        if (!(alpha > 0 && alpha < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(alpha), alpha, "α must lie in (0, 1).");
        }

        // The tiny tolerance keeps 10·5/0.05 = 999.999… from rounding up to 1001 draws.
        double needed = Math.Ceiling((DrawsBeyondStrictestLevel * (double)tests / alpha) - 1e-9) - 1;
        return needed > declared ? checked((int)needed) : declared;
    }

    /// <summary>
    /// How many times more draws a null comparison gets when its Monte Carlo interval straddles the level
    /// (<see cref="MonteCarloP"/>): 4 halves the interval's width each time.
    /// </summary>
    public const int EscalationFactor = 4;

    /// <summary>
    /// The most escalations per comparison: two, up to 16 times the draws, which narrows the interval fourfold; a p
    /// still undecided then lies within a few hundredths of its level, and the verdict is Inconclusive (CLM4303).
    /// </summary>
    public const int MaxEscalations = 2;

    /// <summary>The draws after one escalation: R + 1 grows by <see cref="EscalationFactor"/>, so the p's grid stays as fine.</summary>
    /// <example><code>NullDrawBudget.Escalate(999); // 3999</code></example>
    public static int Escalate(int draws) => checked(((draws + 1) * EscalationFactor) - 1);
}
