using System.Globalization;
using ClaimCheck.Diagnostics;

namespace ClaimCheck.Evidence.Edits;

/// <summary>The CLM2xxx findings of an edit check.</summary>
internal static class EditDiagnostics
{
    /// <summary>CLM2001: Δ is not a positive finite number, so δ and ε mean nothing.</summary>
    public static Diagnostic GapNotPositive(string subject, string concept, double gap) =>
        new(DiagnosticIds.EditGapNotPositive, Severity.Warning,
            $"the held-out gap of {subject} for {concept} is Δ = {gap.ToString("0.###", CultureInfo.InvariantCulture)}: "
            + "edit thresholds (δ = 0.5Δ, ε = 0.25Δ) need a positive gap, so no edit was evaluated");

    /// <summary>CLM2002: even with no failure, this many cases cannot get the upper bound under the limit.</summary>
    public static Diagnostic TooFewCases(EditKindEvidence kind, EditSettings settings) =>
        new(DiagnosticIds.TooFewEditCases, Severity.Warning,
            $"{kind.Kind} edits: {kind.Cases} cases cannot pass a failure limit of {EditWords.Rate(settings.FailureLimit)} "
            + $"(with no failure the {Percent(settings.Level)} Wilson upper bound is {EditWords.Rate(Statistics.Wilson.ScoreInterval(0, kind.Cases, settings.Level).Upper)})");

    /// <summary>CLM2005: the failure rate's interval straddles the limit.</summary>
    public static Diagnostic RateStraddlesLimit(EditKindEvidence kind, string concept, EditSettings settings) =>
        new(DiagnosticIds.EditFailureRateStraddlesLimit, Severity.Warning,
            $"{What(kind, concept)}: {kind.Failures} of {kind.Cases} cases fail ({Percent(kind.FailureRate)}; {Percent(settings.Level)} Wilson interval "
            + $"[{EditWords.Rate(kind.FailureRateInterval.Lower)}, {EditWords.Rate(kind.FailureRateInterval.Upper)}]), which straddles the limit of {EditWords.Rate(settings.FailureLimit)}: "
            + $"more cases would decide{Example(kind)}");

    /// <summary>CLM2101, CLM2102 or CLM2103: the kind's property fails.</summary>
    public static Diagnostic KindFails(EditKindEvidence kind, string concept, EditSettings settings)
    {
        string id = kind.Kind switch
        {
            EditKind.Add => DiagnosticIds.AddEditsFail,
            EditKind.Remove => DiagnosticIds.RemoveEditsFail,
            _ => DiagnosticIds.NuisanceEditsMoveSubject,
        };
        string rate = settings.Strict && kind.FailureRateInterval.Upper < settings.FailureLimit
            ? $"{kind.Failures} of {kind.Cases} cases fail and strict mode allows none"
            : $"{kind.Failures} of {kind.Cases} cases fail ({Percent(kind.FailureRate)}; {Percent(settings.Level)} Wilson upper bound "
              + $"{EditWords.Rate(kind.FailureRateInterval.Upper)}, limit {EditWords.Rate(settings.FailureLimit)})";
        return new Diagnostic(id, Severity.Warning, $"{What(kind, concept)}: {rate}{Example(kind)}");
    }

    private static string What(EditKindEvidence kind, string concept) => kind.Kind switch
    {
        EditKind.Add => $"adding {concept}",
        EditKind.Remove => $"removing {concept}",
        _ => $"nuisance edits that keep {concept}",
    };

    private static string Example(EditKindEvidence kind) => kind.Counterexample is not { } c
        ? string.Empty
        : $"; smallest counterexample (size {c.Size}, shrunk from {c.FirstFailingSize}): {c.Summary} [replay: {c.Replay}]";

    private static string Percent(double value) => value.ToString("0%", CultureInfo.InvariantCulture);
}
