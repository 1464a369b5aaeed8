using System.Globalization;
using System.Text;
using ClaimCheck.Validity.Study;
using ClaimCheck.Verdicts;

namespace ClaimCheck.Validity.Report;

/// <summary>The steering claims' table: per setting, how many claims got each verdict, the Holds rate and the p ≤ α rate with their Wilson 95% intervals.</summary>
public static class SteeringReport
{
    /// <summary>The rows, one per setting present in <paramref name="outcomes"/>, in <paramref name="order"/>.</summary>
    public static IReadOnlyList<(string Setting, SteeringTruth Truth, Rate Holds, Rate PAtAlpha, int Brittle, int Refuted, int Inconclusive)> Rows(
        IReadOnlyList<SteeringOutcome> outcomes, IReadOnlyList<string> order, double alpha)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        ArgumentNullException.ThrowIfNull(order);
        return
        [
            .. order.Select(setting => outcomes.Where(o => o.Claim.Setting == setting).ToArray())
                .Where(group => group.Length > 0)
                .Select(group => (
                    group[0].Claim.Setting,
                    group[0].Claim.Truth,
                    Rate.Of(group, o => o.Verdict == Verdict.Holds),
                    Rate.Of(group, o => o.P <= alpha),
                    group.Count(o => o.Verdict == Verdict.Brittle),
                    group.Count(o => o.Verdict == Verdict.Refuted),
                    group.Count(o => o.Verdict == Verdict.Inconclusive))),
        ];
    }

    /// <summary>The table in Markdown.</summary>
    public static string Write(IReadOnlyList<SteeringOutcome> outcomes, IReadOnlyList<string> order, double alpha)
    {
        var text = new StringBuilder();
        text.AppendLine("## Steering claims");
        text.AppendLine();
        text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"Null claims may hold at most at α = {alpha}; planted claims should hold; a direction claimed for another concept should not."));
        text.AppendLine();
        text.AppendLine("| setting | truth | Holds | p ≤ α | Brittle | Refuted | Inconclusive |");
        text.AppendLine("| --- | --- | --- | --- | --- | --- | --- |");
        foreach (var row in Rows(outcomes, order, alpha))
        {
            text.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"| {row.Setting} | {row.Truth} | {row.Holds} | {row.PAtAlpha} | {row.Brittle} | {row.Refuted} | {row.Inconclusive} |"));
        }

        return text.ToString();
    }
}
