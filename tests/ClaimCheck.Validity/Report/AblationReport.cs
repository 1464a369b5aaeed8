using System.Globalization;
using System.Text;
using ClaimCheck.Validity.Study;

namespace ClaimCheck.Validity.Report;

/// <summary>
/// The ablation (Drives) part of the study's report as Markdown tables: the confusion table (all settings, then each),
/// false Holds and the calibration of the ablation's p-value per null setting, and the diagnostics behind the verdicts.
/// </summary>
public static class AblationReport
{
    /// <summary>
    /// The ablation part of the report; empty when the run has no Drives claims. The calibration table pools the
    /// <paramref name="exchangeable"/> settings (those whose p-value is valid by construction) in a row of their own.
    /// </summary>
    public static string Write(StudyFigures figures, double alpha, IReadOnlyCollection<string> exchangeable)
    {
        ArgumentNullException.ThrowIfNull(exchangeable);
        ArgumentNullException.ThrowIfNull(figures);
        if (figures.Outcomes.Count == 0)
        {
            return string.Empty;
        }

        var text = new StringBuilder();
        text.AppendLine("## Ablation (Drives) claims: confusion table (all settings)").AppendLine();
        StudyReport.Confusion(text, figures, null);
        foreach (string setting in figures.Settings)
        {
            text.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"### {setting}").AppendLine();
            StudyReport.Confusion(text, figures, setting);
        }

        text.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"## Ablation null claims: false Holds and p-value calibration (α = {alpha})").AppendLine();
        text.Append("| setting | false Holds |");
        foreach (double level in StudyFigures.CalibrationLevels)
        {
            text.Append(CultureInfo.InvariantCulture, $" p ≤ {level} |");
        }

        text.AppendLine().Append("| --- | --- |").AppendLine(string.Concat(Enumerable.Repeat(" --- |", StudyFigures.CalibrationLevels.Count)));
        foreach (string? setting in figures.Settings.Where(s => figures.Of(Truth.Null, s).Count > 0).Append(null))
        {
            text.Append(CultureInfo.InvariantCulture, $"| {setting ?? "**all ablation null settings**"} | {figures.FalseHolds(setting)} |");
            foreach (double level in StudyFigures.CalibrationLevels)
            {
                text.Append(CultureInfo.InvariantCulture, $" {figures.AblationPAtMost(level, setting)} |");
            }

            text.AppendLine();
        }

        string[] pooled = [.. exchangeable.Where(s => figures.Of(Truth.Null, s).Count > 0)];
        if (pooled.Length > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"| **exchangeable settings** ({pooled.Length}) | {figures.FalseHolds(pooled)} |");
            foreach (double level in StudyFigures.CalibrationLevels)
            {
                text.Append(CultureInfo.InvariantCulture, $" {figures.AblationPAtMost(level, pooled)} |");
            }

            text.AppendLine();
        }

        text.AppendLine().AppendLine("## Ablation claims: diagnostics behind the verdicts (claims carrying each ID)").AppendLine();
        StudyReport.Diagnostics(text, figures);
        return text.ToString();
    }
}
