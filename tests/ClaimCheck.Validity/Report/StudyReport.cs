using System.Globalization;
using System.Text;
using ClaimCheck.Validity.Study;
using ClaimCheck.Verdicts;

namespace ClaimCheck.Validity.Report;

/// <summary>
/// The held-out (Means) part of the study's report as Markdown tables: the confusion table, the calibration table and
/// the diagnostics behind the verdicts. <see cref="AblationReport"/> writes the ablation (Drives) part.
/// </summary>
public static class StudyReport
{
    private static readonly Verdict[] Columns = [Verdict.Holds, Verdict.Brittle, Verdict.Refuted, Verdict.Inconclusive];

    /// <summary>The whole report.</summary>
    public static string Write(StudyFigures figures, double alpha)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var text = new StringBuilder();
        text.AppendLine("## Confusion table (all settings)").AppendLine();
        Confusion(text, figures, null);
        foreach (string setting in figures.Settings)
        {
            text.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"### {setting}").AppendLine();
            Confusion(text, figures, setting);
        }

        text.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"## Null claims: false Holds and p-value calibration (α = {alpha})").AppendLine();
        text.Append("| setting | false Holds | p ≤ α on every split |");
        foreach (double level in StudyFigures.CalibrationLevels)
        {
            text.Append(CultureInfo.InvariantCulture, $" discovery p ≤ {level} |");
        }

        foreach (double level in StudyFigures.CalibrationLevels)
        {
            text.Append(CultureInfo.InvariantCulture, $" held-out p ≤ {level} |");
        }

        text.AppendLine().Append("| --- | --- | --- |").AppendLine(string.Concat(Enumerable.Repeat(" --- |", 2 * StudyFigures.CalibrationLevels.Count)));
        foreach (string? setting in figures.Settings.Where(s => figures.Of(Truth.Null, s).Count > 0).Append(null))
        {
            text.Append(CultureInfo.InvariantCulture, $"| {setting ?? "**all null settings**"} | {figures.FalseHolds(setting)} | {figures.PGatePasses(setting)} |");
            foreach (double level in StudyFigures.CalibrationLevels)
            {
                text.Append(CultureInfo.InvariantCulture, $" {figures.FormedOnPAtMost(level, setting)} |");
            }

            foreach (double level in StudyFigures.CalibrationLevels)
            {
                text.Append(CultureInfo.InvariantCulture, $" {figures.HeldOutPAtMost(level, setting)} |");
            }

            text.AppendLine();
        }

        text.AppendLine().AppendLine("## Diagnostics behind the verdicts (claims carrying each ID)").AppendLine();
        Diagnostics(text, figures);
        return text.ToString();
    }

    /// <summary>The table of diagnostic IDs behind each truth's verdicts.</summary>
    internal static void Diagnostics(StringBuilder text, StudyFigures figures)
    {
        text.AppendLine("| truth | verdict | claims | IDs (claims) |").AppendLine("| --- | --- | --- | --- |");
        foreach (Truth truth in Enum.GetValues<Truth>())
        {
            foreach (Verdict verdict in Columns)
            {
                int count = figures.Of(truth).Count(o => o.Verdict == verdict);
                if (count > 0)
                {
                    string ids = string.Join(", ", figures.DiagnosticCounts(truth, verdict).Select(x => $"{x.Id} ({x.Count})"));
                    text.AppendLine(CultureInfo.InvariantCulture, $"| {Words(truth)} | {verdict} | {count} | {(ids.Length == 0 ? "none" : ids)} |");
                }
            }
        }
    }

    /// <summary>The confusion table of one setting, or of all when <paramref name="setting"/> is null.</summary>
    internal static void Confusion(StringBuilder text, StudyFigures figures, string? setting)
    {
        text.AppendLine("| truth | claims | Holds | Brittle | Refuted | Inconclusive |").AppendLine("| --- | --- | --- | --- | --- | --- |");
        foreach (Truth truth in Enum.GetValues<Truth>())
        {
            int count = figures.Of(truth, setting).Count;
            if (count == 0)
            {
                continue;
            }

            text.Append(CultureInfo.InvariantCulture, $"| {Words(truth)} | {count} |");
            foreach (Verdict verdict in Columns)
            {
                text.Append(CultureInfo.InvariantCulture, $" {figures.VerdictRate(truth, verdict, setting)} |");
            }

            text.AppendLine();
        }
    }

    private static string Words(Truth truth) => truth switch
    {
        Truth.Null => "null",
        Truth.PlantedTrue => "planted true",
        Truth.PlantedOffConcept => "planted off-concept",
        _ => "planted polysemantic",
    };
}
