using ClaimCheck.Claims;
using System.Globalization;
using ClaimCheck.Exploration;
using ClaimCheck.Statistics;
using Spectre.Console;

namespace ClaimCheck.Cli.Output;

/// <summary>Prints a <see cref="SubjectExplanation"/>: the concept ranking, the top examples, the top set, and a hint.</summary>
internal static class ExplanationView
{
    public static void Write(IAnsiConsole console, SubjectExplanation e, Type targetType)
    {
        double level = e.Settings.Statistics.ConfidenceLevel;
        int concepts = e.Concepts.Count(c => !double.IsNaN(c.AdjustedP));
        console.MarkupLine($"[bold]{Markup.Escape(e.Subject)}[/] ({ReductionWords(e.Reduction)}) of audit target '{Markup.Escape(e.Target)}' ({Markup.Escape(targetType.Name)}); the layer has {e.LayerUnits} units");
        console.MarkupLine(Markup.Escape(Invariant(
            $"Concepts ranked by their smallest held-out AUROC; {level * 100:0}% DeLong intervals; p: one-sided empirical p against {e.NullSize} null readouts of the layer per split (its other units and {e.Settings.Statistics.NullDirections} random directions, seed {e.Settings.Seed}), worst held-out split, Holm-adjusted over {concepts} concepts.")));

        var ranking = new Table().Border(TableBorder.Rounded).Title("What it responds to");
        ranking.AddColumn("#");
        ranking.AddColumn("concept");
        foreach (string split in e.HeldOutSplits)
        {
            ranking.AddColumn(Markup.Escape(split));
        }

        if (e.DiscoverySplit is { } discovery)
        {
            ranking.AddColumn(Markup.Escape(discovery) + " (found on)");
        }

        ranking.AddColumn("p (Holm)");
        ranking.AddColumn("response");
        int rank = 0;
        foreach (ConceptResponse concept in e.Concepts)
        {
            var cells = new List<string> { (++rank).ToString(CultureInfo.InvariantCulture), Markup.Escape(concept.Concept) };
            cells.AddRange(e.HeldOutSplits.Select(s => Cell(concept.HeldOut.FirstOrDefault(h => h.Split == s))));
            if (e.DiscoverySplit is not null)
            {
                cells.Add(Cell(concept.Discovery));
            }

            cells.Add(double.IsNaN(concept.AdjustedP) ? "-" : Invariant($"{concept.AdjustedP:0.000}"));
            cells.Add(concept.Direction switch
            {
                ResponseDirection.Higher => "[green]higher[/]",
                ResponseDirection.Lower => "[blue]lower[/]",
                _ => "[grey]unclear[/]",
            });
            ranking.AddRow(cells.ToArray());
        }

        console.Write(ranking);

        var examples = new Table().Border(TableBorder.Rounded).Title($"Top {e.TopExamples.Count} activating examples of '{Markup.Escape(e.ExamplesSplit)}'");
        bool text = e.TopExamples.Any(x => x.Tokens is not null);
        examples.AddColumns(text ? ["#", "index", "activation", "concepts present", "text (last token in brackets)"] : ["#", "index", "activation", "concepts present"]);
        rank = 0;
        foreach (TopExample example in e.TopExamples)
        {
            string[] cells =
            [
                (++rank).ToString(CultureInfo.InvariantCulture),
                example.Index.ToString(CultureInfo.InvariantCulture),
                Invariant($"{example.Activation:0.00}"),
                example.Concepts.Count == 0 ? "[grey](none)[/]" : Markup.Escape(string.Join(", ", example.Concepts)),
            ];
            examples.AddRow(text ? [.. cells, Markup.Escape(Text(example.Tokens))] : cells);
        }

        console.Write(examples);

        int topCount = e.TopSet.Count > 0 ? e.TopSet[0].Count : 0;
        var topSet = new Table().Border(TableBorder.Rounded).Title(Markup.Escape(Invariant(
            $"Concepts among the top {topCount} of '{e.ExamplesSplit}' (top {e.Settings.Statistics.TopQuantile:0.0%}, at least {e.Settings.Statistics.MinTopCount})")));
        topSet.AddColumns("concept", "in top set", Markup.Escape(Invariant($"share [{level * 100:0}% Wilson]")), "base rate", "enriched");
        foreach (TopConceptShare share in e.TopSet)
        {
            topSet.AddRow(
                Markup.Escape(share.Concept),
                Invariant($"{share.Positives}/{share.Count}"),
                Invariant($"{share.Share:0.00} {Bounds(share.Interval)}"),
                Invariant($"{share.BaseRate:0.00}"),
                share.Enriched ? "[green]yes[/]" : "no");
        }

        console.Write(topSet);
        console.MarkupLine(Markup.Escape(Hint(e)));
    }

    private static string Hint(SubjectExplanation e)
    {
        ConceptResponse? best = e.Concepts.Count > 0 ? e.Concepts[0] : null;
        double alpha = e.Settings.Statistics.Alpha;
        if (best is null || best.Direction != ResponseDirection.Higher)
        {
            return $"No concept moves {e.Subject} up on every held-out split: the data support no label for it.";
        }

        string strongest = Invariant($"Strongest held-out response: {best.Concept} (worst held-out AUROC {best.WorstHeldOutAuroc:0.00})");
        if (!(best.AdjustedP <= alpha))
        {
            // Tracking a concept is not enough: the claim's null asks whether this subject tracks it better than the layer's other readouts.
            return strongest + Invariant($", but other readouts of the layer track it as well (Holm p {best.AdjustedP:0.000} > {alpha}), so a claim that {e.Subject} means it would be no better than the null (CLM1102).");
        }

        ConceptResponse? runnerUp = e.Concepts.Skip(1).FirstOrDefault(c => c.Direction == ResponseDirection.Higher);
        string also = runnerUp is null ? "" : Invariant($"; it also responds to {runnerUp.Concept} (worst held-out AUROC {runnerUp.WorstHeldOutAuroc:0.00}), so a Means claim may come out Brittle (CLM1201)");
        return strongest + Invariant($", beating the null (Holm p {best.AdjustedP:0.000}){also}. Test it as a claim before relying on it.");
    }

    private static string Cell(ConceptSplitScore? score) =>
        score is null ? "-"
        : Invariant($"{score.Auroc:0.00} {Bounds(score.Interval)}") + (score.TooFew ? " [grey](too few)[/]" : "");

    private static string Bounds(Interval interval) => Markup.Escape(Invariant($"[{interval.Lower:0.00}, {interval.Upper:0.00}]"));

    // A window on one line: newlines and tabs as visible marks, the token the claim reads in brackets.
    private static string Text(IReadOnlyList<string>? tokens) =>
        tokens is null or { Count: 0 }
            ? ""
            : string.Concat(tokens.Take(tokens.Count - 1).Select(Visible)) + "[" + Visible(tokens[^1]) + "]";

    private static string Visible(string token) => token.Replace("\n", "⏎", StringComparison.Ordinal).Replace("\t", "⇥", StringComparison.Ordinal);

    // "max over space" reads as before for images; a token-level subject says which position it reads.
    private static string ReductionWords(Reduction reduction) => reduction switch
    {
        Reduction.Last => "at the last position",
        _ => reduction.ToString().ToLowerInvariant() + " over space",
    };

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
