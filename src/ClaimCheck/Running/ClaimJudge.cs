using System.Text;
using ClaimCheck.Diagnostics;
using ClaimCheck.Snapshots;
using ClaimCheck.Verdicts;

namespace ClaimCheck.Running;

/// <summary>
/// Decides how a claim's test ends (docs/outcomes.md): a verdict equal to the expected one and to the snapshot passes;
/// Inconclusive maps to inconclusive; everything else fails with the reasons, and so does any claim with an error
/// diagnostic (bad input), expected or not. Without an expectation, only Holds passes.
/// </summary>
public static class ClaimJudge
{
    /// <summary>Judges a result against its expectation and its snapshot comparison (null when no snapshot is kept).</summary>
    public static ClaimOutcome Judge(ClaimResult result, SnapshotOutcome? snapshot)
    {
        ArgumentNullException.ThrowIfNull(result);
        var reasons = new List<string>();
        string[] actualIds = DecisiveIds(result.Diagnostics);
        if (result.Claim.Expected is { } expected)
        {
            string[] expectedIds = expected.DiagnosticIds.Distinct().Order(StringComparer.Ordinal).ToArray();
            if (expected.Verdict != result.Verdict || !expectedIds.SequenceEqual(actualIds))
            {
                reasons.Add($"{DiagnosticIds.UnexpectedVerdict}: expected {Describe(expected.Verdict, expectedIds)}, got {Describe(result.Verdict, actualIds)}");
            }
        }
        else if (result.Verdict is Verdict.Brittle or Verdict.Refuted)
        {
            reasons.Add($"the claim is {result.Verdict} (state [ExpectVerdict] to document a known verdict)");
        }

        if (result.HasErrors)
        {
            // Bad input fails even when [ExpectVerdict] names its error: the claim was never weighed, and a gate whose
            // claims all met bad input must not end green (docs/outcomes.md).
            reasons.Add("the claim could not be evaluated as declared: an error diagnostic fails the claim, whatever it expects");
        }

        if (snapshot is not null && snapshot.Status is not (SnapshotStatus.Matched or SnapshotStatus.Accepted))
        {
            reasons.Add(snapshot.Message);
        }

        OutcomeStatus status = reasons.Count > 0 ? OutcomeStatus.Failed
            : result.Verdict == Verdict.Inconclusive ? OutcomeStatus.Inconclusive
            : OutcomeStatus.Passed;
        return new ClaimOutcome(status, Render(result, reasons));
    }

    /// <summary>The one-line summary: verdict, claim ID and text.</summary>
    public static string Headline(ClaimResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return $"{result.Verdict,-12} {result.Claim.Id}: {result.Claim.Text}";
    }

    private static string[] DecisiveIds(IReadOnlyList<Diagnostic> diagnostics) =>
        diagnostics.Where(d => d.Severity != Severity.Info).Select(d => d.Id).Distinct().Order(StringComparer.Ordinal).ToArray();

    private static string Describe(Verdict verdict, string[] ids) =>
        ids.Length == 0 ? $"{verdict} with no diagnostics" : $"{verdict} with {string.Join(", ", ids)}";

    private static string Render(ClaimResult result, List<string> reasons)
    {
        var text = new StringBuilder();
        text.AppendLine(Headline(result));
        foreach (Diagnostic diagnostic in result.Diagnostics)
        {
            text.Append("  ").AppendLine(diagnostic.ToString());
        }

        foreach (string reason in reasons)
        {
            text.AppendLine().AppendLine(reason);
        }

        return text.ToString().TrimEnd();
    }
}
