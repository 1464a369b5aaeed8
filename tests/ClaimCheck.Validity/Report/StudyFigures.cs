using ClaimCheck.Diagnostics;
using ClaimCheck.Validity.Study;
using ClaimCheck.Verdicts;

namespace ClaimCheck.Validity.Report;

/// <summary>The figures the study reports and the tests assert on, computed from the outcomes.</summary>
public sealed class StudyFigures
{
    /// <summary>The p-value levels of the calibration table.</summary>
    public static IReadOnlyList<double> CalibrationLevels { get; } = [0.01, 0.05, 0.1];

    /// <summary>Creates the figures of <paramref name="outcomes"/>.</summary>
    public StudyFigures(IReadOnlyList<StudyOutcome> outcomes)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        Outcomes = outcomes;
    }

    /// <summary>The figures of the claims held-out data decides (Means claims): the study's first part.</summary>
    public static StudyFigures HeldOutClaims(IEnumerable<StudyOutcome> outcomes) => new([.. outcomes.Where(o => !o.Claim.ByAblation)]);

    /// <summary>The figures of the claims ablation decides (Drives claims).</summary>
    public static StudyFigures AblationClaims(IEnumerable<StudyOutcome> outcomes) => new([.. outcomes.Where(o => o.Claim.ByAblation)]);

    /// <summary>Every outcome.</summary>
    public IReadOnlyList<StudyOutcome> Outcomes { get; }

    /// <summary>The settings present, in first-seen order.</summary>
    public IReadOnlyList<string> Settings => [.. Outcomes.Select(o => o.Claim.Setting).Distinct()];

    /// <summary>The outcomes of one truth (and, optionally, one setting or several).</summary>
    public IReadOnlyList<StudyOutcome> Of(Truth truth, string? setting = null) =>
        [.. Outcomes.Where(o => o.Claim.Truth == truth && (setting is null || o.Claim.Setting == setting))];

    /// <summary>Null claims of any of <paramref name="settings"/> whose p-value on the discovery split is at most <paramref name="level"/>.</summary>
    public Rate FormedOnPAtMost(double level, IReadOnlyCollection<string> settings) =>
        Rate.Of([.. Of(Truth.Null).Where(o => settings.Contains(o.Claim.Setting))], o => o.FormedOnP <= level);

    /// <summary>Null claims of any of <paramref name="settings"/> whose p-value on the first held-out split is at most <paramref name="level"/>.</summary>
    public Rate HeldOutPAtMost(double level, IReadOnlyCollection<string> settings) =>
        Rate.Of([.. Of(Truth.Null).Where(o => settings.Contains(o.Claim.Setting))], o => o.HeldOutPs.Count > 0 && o.HeldOutPs[0] <= level);

    /// <summary>The rate of <paramref name="verdict"/> among claims of <paramref name="truth"/>.</summary>
    public Rate VerdictRate(Truth truth, Verdict verdict, string? setting = null) => Rate.Of(Of(truth, setting), o => o.Verdict == verdict);

    /// <summary>False Holds: null claims that came out Holds.</summary>
    public Rate FalseHolds(string? setting = null) => VerdictRate(Truth.Null, Verdict.Holds, setting);

    /// <summary>Null claims whose p-value passed α on every split (what the null gate alone would let through).</summary>
    public Rate PGatePasses(string? setting = null) => Rate.Of(Of(Truth.Null, setting), o => o.PassesPGate);

    /// <summary>Null claims whose p-value on the discovery split is at most <paramref name="level"/> (≈ level when calibrated).</summary>
    public Rate FormedOnPAtMost(double level, string? setting = null) => Rate.Of(Of(Truth.Null, setting), o => o.FormedOnP <= level);

    /// <summary>Null claims whose p-value on the first held-out split is at most <paramref name="level"/>.</summary>
    public Rate HeldOutPAtMost(double level, string? setting = null) =>
        Rate.Of(Of(Truth.Null, setting), o => o.HeldOutPs.Count > 0 && o.HeldOutPs[0] <= level);

    /// <summary>Null claims whose ablation p-value is at most <paramref name="level"/> (≈ level when calibrated).</summary>
    public Rate AblationPAtMost(double level, string? setting = null) => Rate.Of(Of(Truth.Null, setting), o => o.AblationP <= level);

    /// <summary>Null claims of any of <paramref name="settings"/> whose ablation p-value is at most <paramref name="level"/>.</summary>
    public Rate AblationPAtMost(double level, IReadOnlyCollection<string> settings) =>
        Rate.Of([.. Of(Truth.Null).Where(o => settings.Contains(o.Claim.Setting))], o => o.AblationP <= level);

    /// <summary>False Holds among null claims of any of <paramref name="settings"/>.</summary>
    public Rate FalseHolds(IReadOnlyCollection<string> settings) =>
        Rate.Of([.. Of(Truth.Null).Where(o => settings.Contains(o.Claim.Setting))], o => o.Verdict == Verdict.Holds);

    /// <summary>How often each warning or error ID appears among the outcomes of <paramref name="truth"/> with <paramref name="verdict"/>.</summary>
    public IReadOnlyList<(string Id, int Count)> DiagnosticCounts(Truth truth, Verdict verdict, string? setting = null) =>
        [.. Of(truth, setting).Where(o => o.Verdict == verdict)
            .SelectMany(o => o.DiagnosticIds.Distinct())
            .GroupBy(id => id)
            .Select(g => (g.Key, g.Count()))
            .OrderByDescending(x => x.Item2).ThenBy(x => x.Key, StringComparer.Ordinal)];
}
