using ClaimCheck.Claims;
using ClaimCheck.Evidence.Edits;
using NUnit.Framework;
using StripesWorld.Edits;
using StripesWorld.Model;
using StripesWorld.Scenes;

namespace StripesWorld.Tests.Edits;

public class Explore
{
    [Test, Explicit]
    public void Print()
    {
        var world = World.Target;
        var encoder = new SceneEncoder();
        foreach ((Subject subject, FeatureKind kind) in new (Subject, FeatureKind)[]
        {
            (new UnitSubject(StripesNet.BottleneckPath, 3), FeatureKind.Stripes),
            (new DirectionSubject(StripesNet.BottleneckPath, StripesWorldTarget.StripesReadout), FeatureKind.Stripes),
            (new DirectionSubject(StripesNet.BottleneckPath, StripesWorldTarget.StripesProbe), FeatureKind.Stripes),
            (new UnitSubject(StripesNet.BottleneckPath, 3), FeatureKind.Curves),
            (new UnitSubject(StripesNet.BottleneckPath, 3), FeatureKind.Triangles),
            (new UnitSubject(StripesNet.BottleneckPath, 0), FeatureKind.Stripes),
            (new UnitSubject(StripesNet.BottleneckPath, 1), FeatureKind.Stripes),
            (new UnitSubject(StripesNet.BottleneckPath, 2), FeatureKind.Stripes),
            (new UnitSubject(StripesNet.BottleneckPath, 4), FeatureKind.Stripes),
        })
        {
            double gap = EditGap.OnSplit(world, subject, kind.ConceptName(), StripesWorldTarget.HeldOutSplit);
            var sw = System.Diagnostics.Stopwatch.StartNew();
            var result = EditCheck.Measure(world, subject, SceneEdits.For(world, kind), encoder, gap);
            TestContext.Out.WriteLine($"{subject.Describe()} / {kind}: gap {gap:0.###} in {sw.ElapsedMilliseconds} ms");
            foreach (var k in result.Evidence.Kinds)
            {
                TestContext.Out.WriteLine($"  {k.Kind}: {k.Failures}/{k.Cases} [{k.FailureRateInterval.Lower:0.000},{k.FailureRateInterval.Upper:0.000}] mean {k.MeanChangeInGaps:0.00} {k.Outcome}");
                if (k.Counterexample is { } c)
                {
                    TestContext.Out.WriteLine($"    first: {c.FirstFailingDescription} (size {c.FirstFailingSize})");
                    TestContext.Out.WriteLine($"    min: {c.Summary} (size {c.Size}, {c.ShrinkEvaluations} evals) replay {c.Replay}");
                }
            }

            foreach (var d in result.Evidence.Diagnostics)
            {
                TestContext.Out.WriteLine("  " + d);
            }
        }
    }
}
