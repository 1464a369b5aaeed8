using System.Diagnostics;
using ClaimCheck.Claims;
using ClaimCheck.Evidence.Ablation;
using ClaimCheck.Readouts;
using ClaimCheck.Statistics;
using ClaimCheck.Targets;
using NUnit.Framework;
using TorchSharp;
using static TorchSharp.torch;

namespace ClaimCheck.Tests.Ablation;

/// <summary>
/// Measures the null's cost in one run, against the forward passes it strictly needs: stacked null draws against one draw per pass, and suffix
/// re-runs against full forward passes, on a small MLP (where per-pass overhead dominates) and a small CNN (where
/// arithmetic does). Explicit: it reports timings, it does not gate a build.
/// </summary>
[Explicit("timing report; run on purpose")]
[Category("Timing")]
public class NullTimingTests
{
    [Test]
    public void On_the_planted_MLP()
    {
        using var target = new PlantedAblationTarget();
        Report("planted MLP 16→16→2, 1200 held-out examples", target, new UnitSubject("layer", 0), target.Readout("a"), "a");
    }

    [Test]
    public void On_a_small_CNN()
    {
        random.manual_seed(3);
        var model = nn.Sequential(
            ("block1", nn.Sequential(("conv", nn.Conv2d(1, 8, 3, padding: 1)), ("relu", nn.ReLU()))),
            ("block2", nn.Sequential(("conv", nn.Conv2d(8, 16, 3, padding: 1)), ("relu", nn.ReLU()), ("pool", nn.MaxPool2d(2)))),
            ("block3", nn.Sequential(("conv", nn.Conv2d(16, 16, 3, padding: 1)), ("relu", nn.ReLU()), ("pool", nn.MaxPool2d(2)))),
            ("flat", nn.Flatten()),
            ("fc", nn.Linear(16 * 4 * 4, 10)));
        var draws = new SeededRandom(8);
        float[][] inputs = Enumerable.Range(0, 128).Select(_ => Enumerable.Range(0, 256).Select(_ => (float)draws.NextGaussian()).ToArray()).ToArray();
        bool[] concept = inputs.Select(x => x[0] > 0).ToArray();
        using var target = new TinyTarget(model, inputs, concept, exampleShape: [1, 16, 16]);
        Report("CNN 3 conv blocks on 1×16×16, 128 examples, layer block2.conv", target, new UnitSetSubject("block2.conv", [3, 5]), target.Readout("out0"), "c");
    }

    private static void Report(string what, AuditTarget target, Subject subject, Readout readout, string concept)
    {
        var spec = new AblationEngineSettings { Kind = AblationKind.Mean, NullDraws = 100 };
        (string Name, AblationEngineSettings Spec)[] configurations =
        [
            ("suffix, stacked", spec),
            ("suffix, one draw per pass", spec with { StackedElements = 1 }),
            ("full passes, stacked", spec with { AllowSuffix = false }),
            ("full passes, one draw per pass", spec with { AllowSuffix = false, StackedElements = 1 }),
        ];
        int threads = torch.get_num_threads();
        try
        {
            // One thread gives stable figures on a shared machine; all threads show what a user gets.
            foreach (int count in new[] { 1, threads }.Distinct())
            {
                torch.set_num_threads(count);
                Report(what, target, subject, readout, concept, spec, configurations);
            }
        }
        finally
        {
            torch.set_num_threads(threads);
        }
    }

    private static void Report(string what, AuditTarget target, Subject subject, Readout readout, string concept, AblationEngineSettings spec, (string Name, AblationEngineSettings Spec)[] configurations)
    {
        AblationCheck.Measure(target, subject, readout, concept, spec, 1); // warm-up

        // Interleaved rounds, best of each: other processes share the cores, and the minimum is the least disturbed run.
        double[] best = Enumerable.Repeat(double.MaxValue, configurations.Length).ToArray();
        var evidence = new AblationEvidence[configurations.Length];
        for (int round = 0; round < 3; round++)
        {
            for (int k = 0; k < configurations.Length; k++)
            {
                var watch = Stopwatch.StartNew();
                evidence[k] = AblationCheck.Measure(target, subject, readout, concept, configurations[k].Spec, 1);
                best[k] = Math.Min(best[k], watch.Elapsed.TotalSeconds);
            }
        }

        TestContext.Out.WriteLine($"{what}: {spec.NullDraws} null draws, {torch.get_num_threads()} threads, best of 3");
        for (int k = 0; k < configurations.Length; k++)
        {
            TestContext.Out.WriteLine($"  {configurations[k].Name,-32} {best[k],8:F3} s   × {best[k] / best[0]:F2} of suffix, stacked");
        }

        for (int k = 1; k < configurations.Length; k++)
        {
            Assert.That(evidence[k].Null.Effects, Is.EqualTo(evidence[0].Null.Effects).Within(1e-4), configurations[k].Name);
        }
    }
}
