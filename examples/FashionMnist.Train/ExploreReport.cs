using System.Globalization;
using ClaimCheck.Targets;
using FashionMnist.Data;
using FashionMnist.Model;

namespace FashionMnist.Train;

/// <summary>What the units of fc1 and conv3 respond to, per split, and how well the network classifies each split.</summary>
internal sealed class ExploreReport(FashionMnistTarget world)
{
    private static readonly string[] Layers = [FashionNet.Fc1Path, FashionNet.Conv3Path];

    public void Print()
    {
        PrintAccuracy();
        foreach (string layer in Layers)
        {
            var scores = world.Splits.ToDictionary(s => s.Name, s => new UnitScores(world, s, layer), StringComparer.Ordinal);
            PrintBestPerConcept(layer, scores);
            PrintPolysemantic(layer, scores[FashionMnistTarget.HeldOutSplit]);
        }
    }

    private void PrintAccuracy()
    {
        Console.WriteLine();
        Console.WriteLine("== Accuracy of the head (arg-max logit) per split ==");
        foreach (DataSplit split in world.Splits)
        {
            FashionImages images = world.ImagesOf(split.Name);
            double accuracy = FashionNetRunner.Accuracy(world.Network, images.Pixels, images.Labels);
            Console.WriteLine(F($"{split.Name,-18} {accuracy:0.0000} ({split.Count} images, {images.SourceName}, pixels {images.Shift})"));
        }
    }

    /// <summary>For each concept: the unit best on discovery, and how it fares held out (the label a person would write).</summary>
    private static void PrintBestPerConcept(string layer, Dictionary<string, UnitScores> scores)
    {
        UnitScores discovery = scores[FashionMnistTarget.DiscoverySplit];
        UnitScores heldOut = scores[FashionMnistTarget.HeldOutSplit];
        UnitScores lighter = scores[FashionMnistTarget.HeldOutShiftedSplit];
        Console.WriteLine();
        Console.WriteLine($"== {layer}: per concept, the unit with the highest AUROC on discovery, then held out ==");
        Console.WriteLine("   (AUROC with DeLong 95% interval; 'runner-up' = second unit on discovery; 'also' = the other concept this unit separates best among held-out images without the concept)");
        Console.WriteLine($"{"concept",-11} {"unit",4} {"discovery",19} {"held-out",19} {"held-out-lighter",19} {"runner-up",14} {"also",22}");
        foreach (string concept in FashionConcepts.All)
        {
            double[] onDiscovery = discovery.Aurocs[concept];
            int[] ranked = [.. Enumerable.Range(0, onDiscovery.Length).OrderByDescending(u => onDiscovery[u])];
            int best = ranked[0];
            (string other, double also) = FashionConcepts.All
                .Where(o => o != concept && !Overlaps(o, concept))
                .Select(o => (o, heldOut.Among(best, o, concept)))
                .Where(p => !double.IsNaN(p.Item2))
                .MaxBy(p => p.Item2);
            Console.WriteLine(F($"{concept,-11} {best,4} {Show(discovery.Score(best, concept)),19} {Show(heldOut.Score(best, concept)),19} {Show(lighter.Score(best, concept)),19} {ranked[1],4} ({onDiscovery[ranked[1]]:0.000}) {other,12} {also:0.000}"));
        }
    }

    /// <summary>Units whose two best concepts (held out, classes only) are both strong: candidates for brittle labels.</summary>
    private static void PrintPolysemantic(string layer, UnitScores heldOut)
    {
        Console.WriteLine();
        Console.WriteLine($"== {layer}: per unit, the two classes it separates best on held-out (AUROC); dead units marked ==");
        string[] classes = [.. FashionConcepts.Classes.Select(c => c.ConceptName())];
        var lines = new List<string>();
        for (int unit = 0; unit < heldOut.Units; unit++)
        {
            double[] column = heldOut.Columns[unit];
            if (column.All(v => v == column[0]))
            {
                lines.Add(F($"{unit,3}: dead (constant {column[0]:0.00})"));
                continue;
            }

            string[] top = [.. classes.OrderByDescending(c => heldOut.Aurocs[c][unit]).Take(2)];
            string group = FashionConcepts.Groups.Keys.MaxBy(g => heldOut.Aurocs[g][unit])!;
            lines.Add(F($"{unit,3}: {top[0],-11} {heldOut.Aurocs[top[0]][unit]:0.000}  {top[1],-11} {heldOut.Aurocs[top[1]][unit]:0.000}  {group,-8} {heldOut.Aurocs[group][unit]:0.000}"));
        }

        // Two columns keep 64 units on one screen.
        int half = (lines.Count + 1) / 2;
        for (int i = 0; i < half; i++)
        {
            Console.WriteLine($"{lines[i],-62} {(i + half < lines.Count ? lines[i + half] : string.Empty)}");
        }
    }

    /// <summary>Whether one concept contains the other (a class and its group), so "also responds to" would be trivial.</summary>
    private static bool Overlaps(string a, string b) =>
        FashionConcepts.ClassesOf(a)!.Intersect(FashionConcepts.ClassesOf(b)!).Any();

    private static string Show((double Auroc, ClaimCheck.Statistics.Interval Interval) score) =>
        F($"{score.Auroc:0.000} [{score.Interval.Lower:0.00}, {score.Interval.Upper:0.00}]");

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
