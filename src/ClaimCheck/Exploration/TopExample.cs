using ClaimCheck.Statistics;

namespace ClaimCheck.Exploration;

/// <summary>One of the subject's top-activating examples.</summary>
/// <param name="Index">The example's index in its split.</param>
/// <param name="Activation">The subject's score on it.</param>
/// <param name="Concepts">The library's concepts present in it, in library order.</param>
public sealed record TopExample(int Index, double Activation, IReadOnlyList<string> Concepts)
{
    /// <summary>The example's tokens as text, for targets that give them (<see cref="Targets.AuditTarget.TokensOf"/>); else null.</summary>
    public IReadOnlyList<string>? Tokens { get; init; }
}

/// <summary>
/// How often a concept appears among the subject's top-activating examples (Network Dissection's reading), against
/// its base rate in the split: a Wilson lower bound above the base rate means the top set is enriched for it.
/// </summary>
/// <param name="Concept">The concept.</param>
/// <param name="Positives">Top examples that show it.</param>
/// <param name="Count">Examples in the top set.</param>
/// <param name="Interval">Wilson interval of the share <c>Positives / Count</c>.</param>
/// <param name="BaseRate">The concept's share of the whole split.</param>
public sealed record TopConceptShare(string Concept, int Positives, int Count, Interval Interval, double BaseRate)
{
    /// <summary>The concept's share of the top set.</summary>
    public double Share => Count == 0 ? double.NaN : (double)Positives / Count;

    /// <summary>Whether the top set holds the concept clearly more often than the split does.</summary>
    public bool Enriched => Interval.Lower > BaseRate;
}
