using System.Globalization;
using System.Text;
using ClaimCheck.Verdicts;

namespace ClaimCheck.Validity.Sequences;

/// <summary>The sequence claims study's table, in Markdown: verdicts with documents named and with tokens as independent.</summary>
internal static class ClaimReport
{
    /// <summary>One row per setting: how often each way of counting says Holds, with Wilson 95% intervals, and the other verdicts.</summary>
    public static string Write(IReadOnlyList<ClaimOutcome> outcomes)
    {
        var text = new StringBuilder();
        text.AppendLine("| setting | claims | Holds, documents named (ClaimCheck) | Holds, tokens as independent | verdicts, documents named | verdicts, tokens as independent |");
        text.AppendLine("| --- | --- | --- | --- | --- | --- |");
        foreach (IGrouping<ClaimSetting, ClaimOutcome> setting in outcomes.GroupBy(o => o.Setting))
        {
            ClaimOutcome[] claims = [.. setting];
            text.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"| {setting.Key.Name} | {claims.Length} | {Rate(claims.Count(c => c.Clustered == Verdict.Holds), claims.Length)} | {Rate(claims.Count(c => c.Naive == Verdict.Holds), claims.Length)} | {Counts(claims.Select(c => c.Clustered))} | {Counts(claims.Select(c => c.Naive))} |"));
        }

        return text.ToString();
    }

    /// <summary>"k/n = rate [lower, upper]" with the Wilson 95% interval.</summary>
    public static string Rate(int count, int total)
    {
        Statistics.Interval interval = Statistics.Wilson.ScoreInterval(count, total, 0.95);
        return string.Create(CultureInfo.InvariantCulture, $"{count}/{total} = {(double)count / total:0.000} [{interval.Lower:0.000}, {interval.Upper:0.000}]");
    }

    private static string Counts(IEnumerable<Verdict> verdicts) =>
        string.Join(", ", verdicts.GroupBy(v => v).OrderBy(g => g.Key).Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Key} {g.Count()}")));
}
