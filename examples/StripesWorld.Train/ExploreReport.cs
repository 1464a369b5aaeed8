using ClaimCheck.Claims;
using System.Diagnostics;
using ClaimCheck.Capture;
using ClaimCheck.Targets;
using StripesWorld.Model;
using StripesWorld.Scenes;
using TorchSharp;
using static TorchSharp.torch;

namespace StripesWorld.Train;

/// <summary>Prints what the bottleneck units and the named directions respond to, split by split.</summary>
internal sealed class ExploreReport
{
    private readonly StripesWorldTarget _world;

    public ExploreReport(StripesWorldTarget world)
    {
        _world = world;
        var clock = Stopwatch.StartNew();
        Scores = world.Splits.ToDictionary(s => s.Name, s => new WorldScores(world.Network, s));
        ScoringTime = clock.Elapsed;
        Profile = ResponseProfile.Measure(world.Network);
    }

    public IReadOnlyDictionary<string, WorldScores> Scores { get; }

    public TimeSpan ScoringTime { get; }

    /// <summary>Mean activation per unit on single-feature scenes: row 0 empty scenes, row k + 1 kind k.</summary>
    public double[][] Profile { get; }

    public WorldScores HeldOut => Scores[StripesWorldTarget.HeldOutSplit];

    public void Print()
    {
        PrintHead();
        PrintProfile();
        foreach (DataSplit split in _world.Splits)
        {
            PrintAurocs(Scores[split.Name]);
        }

        PrintOtherConcepts();
        PrintDirections();
        PrintCaptureTime();
    }

    private void PrintHead()
    {
        Console.WriteLine();
        Console.WriteLine("== Head: per-feature AUROC and accuracy (logit > 0) ==");
        Console.WriteLine($"{"feature",-10} {"held-out AUROC",15} {"acc",6} {"positives",10} {"shifted AUROC",14} {"acc",6}");
        WorldScores shifted = Scores[StripesWorldTarget.HeldOutShiftedSplit];
        foreach (FeatureKind kind in FeatureKinds.All)
        {
            Console.WriteLine(FormattableString.Invariant(
                $"{kind.ConceptName(),-10} {HeldOut.Auroc(HeldOut.Logit(kind), kind),15:0.000} {HeldOut.Accuracy(kind),6:0.000} {HeldOut.Labels(kind).Count(l => l),10} {shifted.Auroc(shifted.Logit(kind), kind),14:0.000} {shifted.Accuracy(kind),6:0.000}"));
        }
    }

    private void PrintProfile()
    {
        Console.WriteLine();
        Console.WriteLine("== Response profile: mean bottleneck activation on clean single-feature scenes (200 each) ==");
        Console.WriteLine($"{"scene",-10} " + string.Join(" ", Enumerable.Range(0, StripesNet.BottleneckUnits).Select(u => $"{"unit " + u,7}")));
        for (int row = 0; row < Profile.Length; row++)
        {
            string label = row == 0 ? "(empty)" : FeatureKinds.All[row - 1].ConceptName();
            Console.WriteLine($"{label,-10} " + string.Join(" ", Profile[row].Select(v => FormattableString.Invariant($"{v,7:0.00}"))));
        }
    }

    private void PrintAurocs(WorldScores scores)
    {
        Console.WriteLine();
        Console.WriteLine($"== AUROC per feature on '{scores.Split.Name}' ({scores.Count} examples; '-' = the split never shows it) ==");
        Console.WriteLine($"{"subject",-16} " + string.Join(" ", FeatureKinds.All.Select(k => $"{k.ConceptName(),9}")));
        for (int unit = 0; unit < StripesNet.BottleneckUnits; unit++)
        {
            PrintRow($"unit {unit}", scores, scores.Unit(unit));
        }

        foreach (NamedDirection direction in _world.Directions)
        {
            PrintRow(direction.Name, scores, scores.Project(direction.Vector));
        }

        Console.WriteLine($"{"positives",-16} " + string.Join(" ", FeatureKinds.All.Select(k => $"{scores.Labels(k).Count(l => l),9}")));
    }

    private static void PrintRow(string subject, WorldScores scores, double[] values) =>
        Console.WriteLine($"{subject,-16} " + string.Join(" ", FeatureKinds.All.Select(k =>
            scores.Shows(k) ? FormattableString.Invariant($"{scores.Auroc(values, k),9:0.000}") : $"{"-",9}")));

    private void PrintOtherConcepts()
    {
        Console.WriteLine();
        Console.WriteLine("== Other concepts: AUROC of each subject for each feature among held-out scenes WITHOUT stripes ==");
        Console.WriteLine("   (the polysemanticity check of held-out evidence, CLM1201: a clear response here makes 'means stripes' brittle)");
        bool[] noStripes = HeldOut.Labels(FeatureKind.Stripes).Select(l => !l).ToArray();
        Console.WriteLine($"{"subject",-16} " + string.Join(" ", FeatureKinds.All.Where(k => k != FeatureKind.Stripes).Select(k => $"{k.ConceptName(),9}")));
        var subjects = Enumerable.Range(0, StripesNet.BottleneckUnits).Select(u => ($"unit {u}", HeldOut.Unit(u)))
            .Concat(_world.Directions.Select(d => (d.Name, HeldOut.Project(d.Vector))));
        foreach ((string name, double[] values) in subjects)
        {
            Console.WriteLine($"{name,-16} " + string.Join(" ", FeatureKinds.All.Where(k => k != FeatureKind.Stripes).Select(k =>
                FormattableString.Invariant($"{Auroc.Among(values, HeldOut.Labels(k), noStripes),9:0.000}"))));
        }
    }

    private void PrintDirections()
    {
        Console.WriteLine();
        Console.WriteLine("== Directions in 'bottleneck' ==");
        foreach (NamedDirection direction in _world.Directions)
        {
            Console.WriteLine(FormattableString.Invariant($"{direction.Name,-16} [{string.Join(", ", direction.Vector.Select(v => v.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture)))}]  {direction.Provenance}"));
        }
    }

    private void PrintCaptureTime()
    {
        // Times ClaimCheck's own capture (forward hook, batches, inference mode) at the layer path claims use.
        DataSplit split = _world.Split(StripesWorldTarget.HeldOutSplit);
        var clock = Stopwatch.StartNew();
        float[] captured = _world.Activations.Get(split, StripesNet.BottleneckPath, Reduction.Max).ToArray();
        Console.WriteLine();
        Console.WriteLine(FormattableString.Invariant(
            $"Capture of '{StripesNet.BottleneckPath}' on '{split.Name}' ({split.Count} images) with a forward hook: {clock.Elapsed.TotalMilliseconds:0} ms; all splits scored in {ScoringTime.TotalMilliseconds:0} ms; {captured.Length} values"));
    }
}
