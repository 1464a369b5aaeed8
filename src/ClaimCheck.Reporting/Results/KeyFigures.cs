using System.Text.Json.Nodes;
using static ClaimCheck.Reporting.Results.JsonRead;

namespace ClaimCheck.Reporting.Results;

/// <summary>
/// The headline figures of a verdict document: per split the AUROC with its interval and null p; per edit kind the
/// failures and the failure rate's interval against its limit; the ablation's effect on concept-positive inputs with
/// its interval and null p (and the family-adjusted p, where the claim is in a family), and its specificity.
/// </summary>
public static class KeyFigures
{
    /// <summary>The key figures of <paramref name="document"/>, in evidence order (held-out, edits, ablation).</summary>
    public static IReadOnlyList<KeyFigure> Of(JsonObject document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var figures = new List<KeyFigure>();
        JsonNode? evidence = document["evidence"];
        foreach (JsonObject split in Objects(evidence?["heldOut"]?["splits"]))
        {
            figures.Add(new KeyFigure("held-out", $"AUROC on {Text(split["split"])} ({Text(split["role"])})",
                $"{Score(Number(split["auroc"]))} {Interval(split["interval"])}, null p = {P(Number(split["nullP"]))}{Adjusted(split["adjustedP"])}"));
        }

        if (evidence?["edits"] is JsonObject edits)
        {
            double? limit = Number(edits["settings"]?["failureLimit"]);
            foreach (JsonObject kind in Objects(edits["kinds"]))
            {
                figures.Add(new KeyFigure("edits", $"{Text(kind["kind"])} edits ({Text(kind["outcome"])})",
                    $"{Integer(kind["failures"])}/{Integer(kind["cases"])} fail, rate {Interval(kind["failureRateInterval"])} (limit {Score(limit)})"));
            }
        }

        if (evidence?["ablation"] is JsonObject ablation)
        {
            string kind = Text(ablation["settings"]?["kind"]) ?? "?";
            figures.Add(new KeyFigure("ablation", $"{kind} ablation effect, concept present",
                $"{Score(Number(ablation["positives"]?["mean"]))} {Interval(ablation["positives"]?["interval"])}, null p = {P(Number(ablation["null"]?["p"]))}{Adjusted(ablation["null"]?["adjustedP"])}"));
            figures.Add(new KeyFigure("ablation", "specificity (present − absent)",
                $"{Score(Number(ablation["specificity"]))} {Interval(ablation["specificityInterval"])}"));
        }

        return figures;
    }

    // Verdicts use the family-adjusted p (docs/multiple-testing.md), so the table shows it beside the raw one.
    private static string Adjusted(JsonNode? adjusted) =>
        Number(adjusted) is { } value ? $", {P(value)} adjusted for the family" : "";
}
