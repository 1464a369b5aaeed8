using ClaimCheck.Statistics;

namespace ClaimCheck.Evidence.Edits;

/// <summary>The evidence of one edit kind: cases, failures, the failure rate with its Wilson interval, and the verdict on it.</summary>
public sealed record EditKindEvidence
{
    /// <summary>The edit kind.</summary>
    public required EditKind Kind { get; init; }

    /// <summary>Cases evaluated.</summary>
    public required int Cases { get; init; }

    /// <summary>Cases whose property failed.</summary>
    public required int Failures { get; init; }

    /// <summary>The failure rate's Wilson interval at the settings' level.</summary>
    public required Interval FailureRateInterval { get; init; }

    /// <summary>The limit the upper bound must stay under.</summary>
    public required double FailureLimit { get; init; }

    /// <summary>The mean change a(x') − a(x) over the cases, in units of Δ (how far the kind moves the subject on average).</summary>
    public required double MeanChangeInGaps { get; init; }

    /// <summary>Each case's change a(x') − a(x) in units of Δ, in case order (for plots; kept out of snapshots).</summary>
    public IReadOnlyList<double> ChangesInGaps { get; init; } = [];

    /// <summary>Passed, failed, or too few cases.</summary>
    public required EditOutcome Outcome { get; init; }

    /// <summary>The smallest counterexample, when a case failed.</summary>
    public EditCounterexample? Counterexample { get; init; }

    /// <summary>Failures / cases.</summary>
    public double FailureRate => Cases == 0 ? double.NaN : (double)Failures / Cases;
}
