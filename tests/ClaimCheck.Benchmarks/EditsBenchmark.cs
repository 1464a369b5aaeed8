using System.Diagnostics;
using System.Globalization;
using ClaimCheck.Claims;
using ClaimCheck.Evidence.Edits;
using ClaimCheck.Targets;
using StripesWorld;
using StripesWorld.Edits;
using StripesWorld.Model;
using StripesWorld.Scenes;

namespace ClaimCheck.Benchmarks;

/// <summary>
/// Batched versus one-at-a-time evaluation of the same edit cases, in the same run: the cases are drawn once
/// (deterministically), then scored both ways; the run fails when any case's verdict differs between the two.
/// </summary>
internal static class EditsBenchmark
{
    public static int Run(int cases)
    {
        using var world = new StripesWorldTarget();
        var subject = new UnitSubject(StripesNet.BottleneckPath, GroundTruth.StripesUnit);
        var edits = SceneEdits.For(world, FeatureKind.Stripes);
        var settings = EditSettings.Default with { Cases = cases };
        EditCase<Scene>[] drawn = [.. CaseSampler.Sample(edits.Nuisance, EditKind.Nuisance, settings)];
        var scorer = new EditScorer<Scene>(world, subject, new SceneEncoder());
        var thresholds = EditThresholds.FromGap(EditGap.OnSplit(world, subject, "stripes", StripesWorldTarget.HeldOutSplit), settings);

        // Warm both paths once (JIT, TorchSharp's first-call costs) so neither pays them in the timing.
        EditCheck.Evaluate(drawn[..8], EditKind.Nuisance, thresholds, scorer, 128);
        EditCheck.Evaluate(drawn[..8], EditKind.Nuisance, thresholds, scorer, 1);

        (IReadOnlyList<CaseResult<Scene>> batched, double batchedSeconds) = Time(() => EditCheck.Evaluate(drawn, EditKind.Nuisance, thresholds, scorer, 128));
        (IReadOnlyList<CaseResult<Scene>> single, double singleSeconds) = Time(() => EditCheck.Evaluate(drawn, EditKind.Nuisance, thresholds, scorer, 1));
        // Batches of different sizes may take different kernels, so scores can differ in the last float bits;
        // what must agree is every case's verdict.
        double largest = batched.Zip(single).Max(p => Math.Max(Math.Abs(p.First.Before - p.Second.Before), Math.Abs(p.First.After - p.Second.After)));
        int disagreements = batched.Zip(single).Count(p => p.First.Holds != p.Second.Holds);
        bool same = disagreements == 0;

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"edits benchmark: {cases} nuisance cases of unit 3 of bottleneck (stripes world), {Environment.ProcessorCount} cores"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  batched (128 cases = 256 inputs per pass): {batchedSeconds:0.000} s, {cases / batchedSeconds:0} cases/s"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  one at a time (1 case = 2 inputs per pass): {singleSeconds:0.000} s, {cases / singleSeconds:0} cases/s"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  speed-up: {singleSeconds / batchedSeconds:0.0}x; verdicts that differ: {disagreements}; largest score difference: {largest:0.0e0}"));
        return same ? 0 : 1;
    }

    private static (T Result, double Seconds) Time<T>(Func<T> run)
    {
        var watch = Stopwatch.StartNew();
        T result = run();
        return (result, watch.Elapsed.TotalSeconds);
    }
}
