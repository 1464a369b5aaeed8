using ClaimCheck.Claims;
using ClaimCheck.Diagnostics;
using ClaimCheck.Evidence.Ablation;
using ClaimCheck.Evidence.HeldOut;
using ClaimCheck.Running;
using ClaimCheck.Verdicts;

namespace ClaimCheck.Validity.Study;

/// <summary>What ClaimCheck said about one study claim, with the p-values the calibration table reads.</summary>
public sealed record StudyOutcome
{
    /// <summary>The claim.</summary>
    public required StudyClaim Claim { get; init; }

    /// <summary>ClaimCheck's verdict.</summary>
    public required Verdict Verdict { get; init; }

    /// <summary>The IDs of the diagnostics behind the verdict, in order.</summary>
    public required IReadOnlyList<string> DiagnosticIds { get; init; }

    /// <summary>The empirical p-value against the null on the split the claim was formed on (discovery), or NaN.</summary>
    public required double FormedOnP { get; init; }

    /// <summary>The p-value of each held-out split, in the target's order.</summary>
    public required IReadOnlyList<double> HeldOutPs { get; init; }

    /// <summary>
    /// The raw p-value of the ablation's null comparison (Drives claims: the concept-positive mean effect against the
    /// null's random units, directions or rows, after any extra draws the Monte Carlo interval called for), or NaN.
    /// </summary>
    public double AblationP { get; init; } = double.NaN;

    /// <summary>
    /// Whether the p-value alone would have let the claim through: p ≤ α on every split (discovery and each held-out
    /// split), the null gate of a Holds verdict without the AUROC bar and the specificity check. For a Drives claim:
    /// the ablation's p ≤ its α.
    /// </summary>
    public required bool PassesPGate { get; init; }

    /// <summary>The evidence in words: each split's AUROC, interval and p-value, then each diagnostic.</summary>
    public required IReadOnlyList<string> Evidence { get; init; }

    /// <summary>Reads the outcome from ClaimCheck's result.</summary>
    public static StudyOutcome From(StudyClaim claim, ClaimResult result)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(result);
        if (claim.Claim.Kind == ClaimKind.Drives)
        {
            return FromAblation(claim, result);
        }

        double alpha = claim.Claim.HeldOut?.Alpha ?? double.NaN;
        var splits = result.HeldOut is { } evidence
            ? (evidence.Discovery is { } d ? new[] { d } : []).Concat(evidence.HeldOut).ToArray()
            : [];
        return new StudyOutcome
        {
            Claim = claim,
            Verdict = result.Verdict,
            DiagnosticIds = result.Diagnostics.Select(d => d.Id).ToArray(),
            FormedOnP = result.HeldOut?.Discovery?.NullP ?? result.HeldOut?.HeldOut.FirstOrDefault()?.NullP ?? double.NaN,
            HeldOutPs = result.HeldOut?.HeldOut.Select(h => h.NullP).ToArray() ?? [],
            PassesPGate = splits.Length > 0 && splits.All(s => s.NullP <= alpha),
            Evidence =
            [
                .. splits.Select(s => FormattableString.Invariant(
                    $"{s.Split}: AUROC {s.Auroc:0.000} [{s.AurocInterval.Lower:0.000}, {s.AurocInterval.Upper:0.000}], p = {s.NullP:0.0000} against {s.NullSize} null readouts, {s.Status}")),
                .. result.Diagnostics.Select(d => d.ToString()),
            ],
        };
    }

    // A Drives claim is decided by its ablation alone (it demands no held-out evidence in the study).
    private static StudyOutcome FromAblation(StudyClaim claim, ClaimResult result)
    {
        AblationEvidence? evidence = result.Ablation;
        double p = evidence?.Null.P ?? double.NaN;
        return new StudyOutcome
        {
            Claim = claim,
            Verdict = result.Verdict,
            DiagnosticIds = result.Diagnostics.Select(d => d.Id).ToArray(),
            FormedOnP = double.NaN,
            HeldOutPs = [],
            AblationP = p,
            PassesPGate = p <= claim.Claim.Ablation!.Alpha,
            Evidence =
            [
                .. evidence is null ? [] : new[]
                {
                    FormattableString.Invariant(
                        $"{evidence.Split}: {evidence.Kind} ablation of {evidence.Subject} on '{evidence.Readout}': with {evidence.Concept} {evidence.Positives.Mean:0.000} [{evidence.Positives.MeanInterval.Lower:0.000}, {evidence.Positives.MeanInterval.Upper:0.000}], without {evidence.Negatives.Mean:0.000}, specificity {evidence.Specificity:0.000} [{evidence.SpecificityInterval.Lower:0.000}, {evidence.SpecificityInterval.Upper:0.000}]; p = {p:0.0000} against {evidence.Null.Description} (null mean {evidence.Null.Mean:0.000}, 95th percentile {evidence.Null.Quantile95:0.000})"),
                },
                .. result.Diagnostics.Select(d => d.ToString()),
            ],
        };
    }
}
