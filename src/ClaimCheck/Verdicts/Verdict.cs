namespace ClaimCheck.Verdicts;

/// <summary>What the evidence says about a claim.</summary>
public enum Verdict
{
    /// <summary>The claim passes every check demanded, on data it was not formed on.</summary>
    Holds,

    /// <summary>The claim holds where it was found but not beyond: on held-out data, under edits, or against other concepts.</summary>
    Brittle,

    /// <summary>
    /// The claim fails even on the data it was formed on: no better than the null there, or clearly below the
    /// claim's own bar (the whole AUROC interval under it).
    /// </summary>
    Refuted,

    /// <summary>Too little data to decide, an interval that straddles a threshold, or a value that could not be computed.</summary>
    Inconclusive,
}
