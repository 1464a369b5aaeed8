using System.Globalization;
using ClaimCheck.Claims;
using ClaimCheck.Statistics;
using ClaimCheck.Targets;
using FashionMnist.Data;
using FashionMnist.Model;
using FashionMnist.Prints;

namespace FashionMnist.Train;

/// <summary>
/// What responds to printed stripes in the prints world: per layer, the units ranked by AUROC on the discovery split
/// (the only ranking claims may be chosen from), with their held-out figures beside; and how the base world's class
/// units fare when half of each class is printed.
/// </summary>
internal sealed class PrintsReport(FashionPrintsTarget world)
{
    /// <summary>Units shown per layer: enough to see the runner-up gap without listing whole layers.</summary>
    private const int Shown = 5;

    private static readonly string[] Layers = [FashionNet.Conv1Path, FashionNet.Conv2Path, FashionNet.Conv3Path, FashionNet.Fc1Path];

    /// <summary>The base world's claimed fc1 units and their concepts (examples/FashionMnist.Claims).</summary>
    private static readonly (int Unit, string Concept)[] ClassUnits =
        [(20, FashionConcepts.Footwear), (39, "sneaker"), (3, "trouser"), (42, "shirt")];

    public void Print()
    {
        PrintAccuracy();
        var fc1 = new Dictionary<string, UnitScores>(StringComparer.Ordinal);
        foreach (string layer in Layers)
        {
            var scores = world.Splits.ToDictionary(s => s.Name, s => new UnitScores(world, s, layer), StringComparer.Ordinal);
            PrintRanking(layer, "max", scores);
            if (layer != FashionNet.Fc1Path)
            {
                PrintRanking(layer, "mean", world.Splits.ToDictionary(s => s.Name, s => new UnitScores(world, s, layer, Reduction.Mean), StringComparer.Ordinal));
            }

            if (layer == FashionNet.Fc1Path)
            {
                fc1 = scores;
            }
        }

        PrintClassUnits(fc1[FashionMnistTarget.HeldOutSplit]);
    }

    /// <summary>How well the head classifies printed and unprinted images: how much the print matters to the network at all.</summary>
    private void PrintAccuracy()
    {
        Console.WriteLine();
        Console.WriteLine("== Accuracy of the head (arg-max logit) per split, on unprinted and printed images ==");
        foreach (DataSplit split in world.Splits)
        {
            PrintedImages images = world.ImagesOf(split.Name);
            int[] predicted = FashionNetRunner.Predictions(world.Network, images.Pixels);
            bool[] printed = images.Prints.Printed;
            Console.WriteLine(F($"{split.Name,-18} unprinted {Accuracy(predicted, images.Labels, printed, false):0.0000} ({printed.Count(p => !p)})   printed {Accuracy(predicted, images.Labels, printed, true):0.0000} ({printed.Count(p => p)})"));
        }
    }

    /// <summary>The units of <paramref name="layer"/> best for printed stripes on discovery, then held out.</summary>
    private static void PrintRanking(string layer, string reduction, Dictionary<string, UnitScores> scores)
    {
        const string concept = PrintedStripes.Concept;
        UnitScores discovery = scores[FashionMnistTarget.DiscoverySplit];
        UnitScores heldOut = scores[FashionMnistTarget.HeldOutSplit];
        UnitScores lighter = scores[FashionMnistTarget.HeldOutShiftedSplit];
        double[] onDiscovery = discovery.Aurocs[concept];
        int dead = Enumerable.Range(0, heldOut.Units).Count(u => heldOut.Columns[u].All(v => v == heldOut.Columns[u][0]));
        Console.WriteLine();
        string over = layer == FashionNet.Fc1Path ? string.Empty : $", {reduction} over positions";
        Console.WriteLine($"== {layer} ({heldOut.Units} units{over}; {dead} constant on held-out): ranked by AUROC for {concept} on discovery ==");
        Console.WriteLine("   (AUROC with DeLong 95% interval; 'also' = the concept this unit separates best among held-out images without a print; all units below rank 5 score lower on discovery)");
        Console.WriteLine($"{"rank",4} {"unit",4} {"discovery",19} {"held-out",19} {"held-out-lighter",19} {"also",24}");
        int[] ranked = [.. Enumerable.Range(0, onDiscovery.Length).OrderByDescending(u => onDiscovery[u]).ThenBy(u => u)];
        for (int rank = 0; rank < Math.Min(Shown, ranked.Length); rank++)
        {
            int unit = ranked[rank];
            if (heldOut.Columns[unit].All(v => v == heldOut.Columns[unit][0]))
            {
                Console.WriteLine(F($"{rank + 1,4} {unit,4} {Show(discovery.Score(unit, concept)),19} {Show(heldOut.Score(unit, concept)),19} {Show(lighter.Score(unit, concept)),19} {"dead (constant)",24}"));
                continue;
            }

            (string other, double also) = FashionConcepts.All
                .Select(o => (o, heldOut.Among(unit, o, concept)))
                .Where(p => !double.IsNaN(p.Item2))
                .MaxBy(p => p.Item2);
            Console.WriteLine(F($"{rank + 1,4} {unit,4} {Show(discovery.Score(unit, concept)),19} {Show(heldOut.Score(unit, concept)),19} {Show(lighter.Score(unit, concept)),19} {other,12} {also:0.000}"));
        }

        int lowest = ranked[^1];
        Console.WriteLine(F($"lowest {lowest,4} {Show(discovery.Score(lowest, concept)),19} {Show(heldOut.Score(lowest, concept)),19} {Show(lighter.Score(lowest, concept)),19}   (falls with the print)"));
    }

    /// <summary>
    /// The base world's class units on the printed held-out split: their concept's AUROC among unprinted and among
    /// printed images, and their AUROC for the print among images without their concept (0.5: the print does not move them).
    /// </summary>
    private static void PrintClassUnits(UnitScores heldOut)
    {
        Console.WriteLine();
        Console.WriteLine("== fc1 class units (the base world's claims) on held-out: their concept without and with the print, and the print without their concept ==");
        Console.WriteLine($"{"unit",4} {"concept",10} {"unprinted",10} {"printed",10} {"printed-stripes among images without the concept",50}");
        bool[] printed = heldOut.Labels[PrintedStripes.Concept];
        foreach ((int unit, string concept) in ClassUnits)
        {
            double without = Within(heldOut, unit, concept, printed, false);
            double with = Within(heldOut, unit, concept, printed, true);
            double print = heldOut.Among(unit, PrintedStripes.Concept, concept);
            Console.WriteLine(F($"{unit,4} {concept,10} {without,10:0.000} {with,10:0.000} {print,50:0.000}"));
        }
    }

    /// <summary>The AUROC of <paramref name="unit"/> for <paramref name="concept"/> among images whose print flag is <paramref name="printed"/>.</summary>
    private static double Within(UnitScores scores, int unit, string concept, bool[] flags, bool printed)
    {
        int[] members = [.. Enumerable.Range(0, flags.Length).Where(i => flags[i] == printed)];
        return Auroc.Compute(members.Select(i => scores.Columns[unit][i]).ToArray(), members.Select(i => scores.Labels[concept][i]).ToArray());
    }

    private static double Accuracy(int[] predicted, IReadOnlyList<byte> labels, bool[] printed, bool which)
    {
        int[] members = [.. Enumerable.Range(0, predicted.Length).Where(i => printed[i] == which)];
        return (double)members.Count(i => predicted[i] == labels[i]) / members.Length;
    }

    private static string Show((double Auroc, Interval Interval) score) =>
        F($"{score.Auroc:0.000} [{score.Interval.Lower:0.00}, {score.Interval.Upper:0.00}]");

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
