using System.Globalization;
using System.Text;
using ClaimCheck.Statistics;

namespace ClaimCheck.Validity.Sequences;

/// <summary>The sequence study's tables, in Markdown.</summary>
internal static class SequenceReport
{
    private static readonly IntervalMethod[] Methods = Enum.GetValues<IntervalMethod>();

    /// <summary>The tables: intervals wholly above ½, then wholly below ½, then the data sets' shape.</summary>
    public static string Write(SequenceFigures figures)
    {
        var text = new StringBuilder();
        Table(text, figures, "95% interval wholly above ½ (null settings: false \"selective\", 2.5% if calibrated; planted: power)", (s, m) => figures.ExcludesHalfAbove(s, m).ToString());
        Table(text, figures, "95% interval wholly below ½ (null settings: 2.5% if calibrated)", (s, m) => figures.ExcludesHalfBelow(s, m).ToString());

        text.AppendLine("| setting | claims | tokens per data set (median) | AUROC (mean) | design effect (median) |");
        text.AppendLine("| --- | --- | --- | --- | --- |");
        foreach (DocumentSetting setting in figures.Settings)
        {
            IReadOnlyList<SequenceOutcome> claims = figures.Of(setting.Name);
            text.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"| {setting.Name} | {claims.Count} | {Descriptive.Quantile(claims.Select(c => (double)c.Tokens).ToArray(), 0.5):0} | {claims.Average(c => c.Auroc):0.000} | {Descriptive.Quantile(claims.Select(c => c.DesignEffect).ToArray(), 0.5):0.0} |"));
        }

        return text.ToString();
    }

    private static void Table(StringBuilder text, SequenceFigures figures, string title, Func<string, IntervalMethod, string> cell)
    {
        text.AppendLine($"### {title}");
        text.AppendLine();
        text.AppendLine("| setting | " + string.Join(" | ", Methods.Select(Header)) + " |");
        text.AppendLine("| --- |" + string.Concat(Methods.Select(_ => " --- |")));
        foreach (DocumentSetting setting in figures.Settings)
        {
            text.AppendLine($"| {setting.Name} | " + string.Join(" | ", Methods.Select(m => cell(setting.Name, m))) + " |");
        }

        text.AppendLine();
    }

    private static string Header(IntervalMethod method) => method switch
    {
        IntervalMethod.NaiveDeLong => "naive DeLong (tokens)",
        IntervalMethod.TokenBootstrap => "token bootstrap",
        IntervalMethod.ClusteredDeLong => "clustered DeLong (documents)",
        _ => "cluster bootstrap (documents)",
    };
}
