using ClaimCheck.Diagnostics;

namespace ClaimCheck.Evidence.HeldOut;

/// <summary>How to judge a claim on held-out data. Every default has a reason, given beside it.</summary>
public sealed record HeldOutSettings
{
    /// <summary>
    /// The AUROC the subject must clear with the lower end of its interval. 0.8 is the conventional line for
    /// "excellent" discrimination (Hosmer and Lemeshow); a label weaker than that is not worth a name.
    /// </summary>
    public double MinAuroc { get; init; } = 0.8;

    /// <summary>The significance level against the null. 0.05 is the convention; the family is adjusted across claims.</summary>
    public double Alpha { get; init; } = 0.05;

    /// <summary>
    /// Random directions in the null. At least 200, so that p-values down to 1/201 can be reached,
    /// well below any α a CI gate uses.
    /// </summary>
    public int NullDirections { get; init; } = 200;

    /// <summary>
    /// Fewest positives and negatives a split must have. Below about 30 the AUROC's interval is too wide (±0.15 or more)
    /// to separate a label from noise.
    /// </summary>
    public int MinExamples { get; init; } = 30;

    /// <summary>
    /// Fewest documents that must hold positives, and fewest that must hold negatives, on a split whose examples name
    /// their documents (<see cref="Targets.DataSplit.Documents"/>): its interval counts documents, not tokens, as the
    /// independent units. In the sequence study (docs/dependence.md) document-clustered intervals are near nominal with 40
    /// documents and liberal by a factor of about 2 with 10; 20 keeps a claim from resting on a handful of files.
    /// </summary>
    public int MinDocuments { get; init; } = 20;

    /// <summary>The top fraction of activations whose precision is reported (Network Dissection uses the top 0.5%).</summary>
    public double TopQuantile { get; init; } = 0.005;

    /// <summary>The fewest examples in the top set, so its precision has an interval narrower than a coin flip's.</summary>
    public int MinTopCount { get; init; } = 20;

    /// <summary>The confidence level of every interval.</summary>
    public double ConfidenceLevel { get; init; } = 0.95;

    /// <summary>Checks every setting's range; throws <see cref="ClaimCheckException"/> with CLM0010 (the analyzer's ID) on the first bad one.</summary>
    public void Validate()
    {
        foreach (HeldOutRange range in HeldOutRange.All)
        {
            double value = ValueOf(range.Name);
            Require(range.Contains(value), range.Name, value, range.Description);
        }
    }

    // The settings by the names the ranges use; a range without a setting is a programming error, caught by tests.
    private double ValueOf(string name) => name switch
    {
        nameof(MinAuroc) => MinAuroc,
        nameof(Alpha) => Alpha,
        nameof(NullDirections) => NullDirections,
        nameof(MinExamples) => MinExamples,
        nameof(MinDocuments) => MinDocuments,
        nameof(TopQuantile) => TopQuantile,
        nameof(MinTopCount) => MinTopCount,
        nameof(ConfidenceLevel) => ConfidenceLevel,
        _ => throw new InvalidOperationException($"HeldOutRange names '{name}', which HeldOutSettings does not have"),
    };

    private static void Require(bool ok, string name, double value, string range)
    {
        if (!ok)
        {
            throw new ClaimCheckException(
                DiagnosticIds.HeldOutSettingOutOfRange,
                $"HeldOut.{name} = {value.ToString(System.Globalization.CultureInfo.InvariantCulture)} is out of range: it must be {range}");
        }
    }
}
