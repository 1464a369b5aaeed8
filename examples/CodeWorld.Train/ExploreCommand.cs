using System.Diagnostics;
using System.Globalization;
using ClaimCheck.Claims;
using ClaimCheck.Capture;
using ClaimCheck.Statistics;
using ClaimCheck.Targets;
using CodeWorld.Audit;
using CodeWorld.Model;

namespace CodeWorld.Train;

/// <summary>
/// Prints the audit target's splits (windows, files, positives per concept) and the MLP units that separate each
/// concept best on the discovery split only: where the world's claims come from. Held-out figures are left out on
/// purpose: a unit is picked where a person would pick it, and the claims then meet the held-out data.
/// </summary>
internal static class ExploreCommand
{
    private const int TopUnits = 3;

    public static int Run()
    {
        var clock = Stopwatch.StartNew();
        using var world = new CodeWorldTarget();
        Console.WriteLine($"World built (weights checked, corpus read and lexed, windows sampled) in {clock.Elapsed.TotalSeconds:0.0} s");
        world.Prepare();
        foreach (DataSplit split in world.Splits)
        {
            int documents = split.Documents!.Distinct(StringComparer.Ordinal).Count();
            Console.WriteLine($"split {split.Name} ({split.Role}): {split.Count} windows from {documents} files");
            foreach (Concept concept in world.Concepts)
            {
                bool[] labels = concept.Label(split);
                int positives = labels.Count(l => l);
                int positiveFiles = Enumerable.Range(0, split.Count).Where(i => labels[i]).Select(i => split.Documents![i]).Distinct(StringComparer.Ordinal).Count();
                int negativeFiles = Enumerable.Range(0, split.Count).Where(i => !labels[i]).Select(i => split.Documents![i]).Distinct(StringComparer.Ordinal).Count();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {concept.Name,-18} {positives,5} positives in {positiveFiles,3} files, {split.Count - positives,5} negatives in {negativeFiles,3} files"));
            }
        }

        string[] layers = [CodeTransformer.MlpNeuronsPath(0), CodeTransformer.MlpNeuronsPath(1)];
        DataSplit discovery = world.Discovery!;
        foreach (string layer in layers)
        {
            var capture = Stopwatch.StartNew();
            world.Activations.Get(discovery, layer, Reduction.Last);
            Console.WriteLine($"captured {layer} on {discovery.Name} in {capture.Elapsed.TotalSeconds:0.00} s");
        }

        foreach (string layer in layers)
        {
            ActivationMatrix activations = world.Activations.Get(discovery, layer, Reduction.Last);
            double[][] columns = [.. Enumerable.Range(0, activations.Units).Select(activations.Column)];
            Console.WriteLine($"{layer} on {discovery.Name}: the {TopUnits} units with the highest and lowest AUROC per concept");
            foreach (Concept concept in world.Concepts)
            {
                bool[] labels = concept.Label(discovery);
                double[] aurocs = [.. columns.Select(c => Auroc.Compute(c, labels))];
                int[] order = [.. Enumerable.Range(0, aurocs.Length).OrderByDescending(u => aurocs[u])];
                string Describe(IEnumerable<int> units) => string.Join(", ", units.Select(u => string.Create(CultureInfo.InvariantCulture, $"{u} ({aurocs[u]:0.000})")));
                Console.WriteLine($"  {concept.Name,-18} highest {Describe(order.Take(TopUnits))}; lowest {Describe(order.Reverse().Take(TopUnits))}");
            }
        }

        Console.WriteLine($"Explored in {clock.Elapsed.TotalSeconds:0.0} s");
        return 0;
    }
}
