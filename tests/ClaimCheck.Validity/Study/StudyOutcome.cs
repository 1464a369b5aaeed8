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
    /// Whether the p-value alone would have let the claim through: p ≤ α on every split (discovery and each held-out
    /// split), the null gate of a Holds verdict without the AUROC bar and the specificity check.
    /// </summary>
    public required bool PassesPGate { get; init; }

    /// <summary>The evidence in words: each split's AUROC, interval and p-value, then each diagnostic.</summary>
    public required IReadOnlyList<string> Evidence { get; init; }

    /// <summary>Reads the outcome from ClaimCheck's result.</summary>
    public static StudyOutcome From(StudyClaim claim, ClaimResult result)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(result);
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
}
