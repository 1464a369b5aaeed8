using System.Globalization;
using ClaimCheck.Capture;
using ClaimCheck.Claims;
using ClaimCheck.Diagnostics;
using ClaimCheck.Evidence.Ablation;
using ClaimCheck.Readouts;
using ClaimCheck.Statistics;
using ClaimCheck.Targets;
using ClaimCheck.Verdicts;
using static TorchSharp.torch;

namespace ClaimCheck.Evidence.Steering;

/// <summary>
/// Measures whether adding a subject's direction to its layer steers a concept (activation addition, Turner et al.
/// 2023; steering as evaluated by AxBench, Wu et al. 2025): on the split's examples without the concept, add α·s·d to
/// the layer's output (d the subject's unit-norm direction, s the layer's RMS activation norm on the reference split,
/// α each strength of the settings), run the rest of the model, and read the change of the concept's readout. The
/// change at the decision strength is compared with random unit directions added at the same length; the other
/// readouts' changes there are the side effects; the curve over the strengths shows whether more of the direction
/// gives more of the concept.
/// </summary>
/// <example>
/// <code>
/// var settings = new SteeringSettings { DecisionStrength = 1 };
/// SteeringEvidence evidence = SteeringCheck.Measure(target, new DirectionSubject("bottleneck", "stripes-readout"),
///     target.Readout("stripes"), "stripes", settings, seed: 42);
/// (Verdict verdict, IReadOnlyList&lt;Diagnostic&gt; diagnostics) = SteeringVerdictRules.Decide(evidence, settings, familyFactor: 1);
/// </code>
/// </example>
internal static class SteeringCheck
{
    /// <summary>
    /// Runs the measurement on <paramref name="target"/>'s device. Every random draw (null directions, bootstrap
    /// resamples) derives from <paramref name="seed"/> on the CPU, so CPU and GPU runs see the same draws. Throws
    /// <see cref="ClaimCheckException"/> on bad input: CLM4101 (a setting out of range), CLM5006 (no example without
    /// the concept), CLM5009 (an unknown split, or no held-out split), CLM5013 (an unknown side-effect readout),
    /// CLM3003 (a readout that does not fit the output), CLM6901 (a layer with no activation norm) and the CLM5xxx
    /// errors of the subject.
    /// </summary>
    /// <param name="target">The audit target.</param>
    /// <param name="subject">A direction, a unit, a unit set or a sparse-autoencoder latent.</param>
    /// <param name="readout">The concept's readout, which steering should raise.</param>
    /// <param name="concept">The concept; its negative examples are the ones steered.</param>
    /// <param name="settings">The strengths, the null and the bars.</param>
    /// <param name="seed">The seed of every random draw.</param>
    /// <returns>The evidence.</returns>
    public static SteeringEvidence Measure(AuditTarget target, Subject subject, Readout readout, string concept, SteeringSettings settings, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(readout);
        ArgumentNullException.ThrowIfNull(concept);
        ArgumentNullException.ThrowIfNull(settings);
        settings.RequireValid();
        target.Prepare();

        DataSplit split = settings.Split is null ? FirstHeldOut(target) : target.Split(settings.Split);
        DataSplit reference = settings.ReferenceSplit is null ? split : target.Split(settings.ReferenceSplit);
        bool[] steered = WithoutConcept(target.Concepts[concept], split);
        Readout[] sides = SideReadouts(target, readout, settings);
        double[] strengths = settings.OrderedStrengths();
        int decisionRow = Array.IndexOf(strengths, settings.DecidingStrength);

        Run run = Execute(target, subject, readout, sides, settings, seed, split, reference, steered, strengths, decisionRow);
        return Summarise(subject, readout, concept, sides, settings, seed, split, reference, strengths, decisionRow, run);
    }

    private sealed record Run(SteeringRunner.Result Raw, double Scale, AblationPath Path, string NullDescription);

    private static Run Execute(
        AuditTarget target, Subject subject, Readout readout, Readout[] sides, SteeringSettings settings, ulong seed,
        DataSplit split, DataSplit reference, bool[] steered, double[] strengths, int decisionRow)
    {
        // Hooks see every pass of the shared model, so one intervention at a time per model.
        lock (ModelGate.For(target.Model))
        {
            using var passes = new ForwardPasses(target, subject.Layer, settings.AllowSuffix);
            using var scope = NewDisposeScope();
            (long[] layerShape, ScalarType dtype) = AblationCheck.Probe(passes, split, target.Device);
            int units = (int)layerShape[0];
            float[] direction = SteeringDirection.Resolve(subject, layerShape, target);
            double scale = LayerScale.Compute(passes, reference, target.BatchSize, target.Device);
            if (!double.IsFinite(scale) || scale <= 0)
            {
                throw new ClaimCheckException(SteeringDiagnosticIds.LayerScaleUnusable,
                    $"layer '{subject.Layer}' has RMS activation norm {scale.ToString(CultureInfo.InvariantCulture)} on split '{reference.Name}'; steering strengths are multiples of it, so it must be finite and above 0 (a dead layer, or a reference split it does not respond to)");
            }

            double decision = strengths[decisionRow];
            float[] subjectRows = [.. strengths.SelectMany(a => direction.Select(v => (float)(v * a * scale)))];
            float[] nullRows = [.. RandomDirections.Draw(settings.NullDraws, units, SeededRandom.Derive(seed, "steering-null-directions")).Select(v => (float)(v * decision * scale))];
            var runner = new SteeringRunner(passes, split, steered, target.Device);
            SteeringRunner.Result raw = runner.Run(
                AblationCheck.Rows(subjectRows, strengths.Length, units, dtype, target.Device),
                decisionRow,
                AblationCheck.Rows(nullRows, settings.NullDraws, units, dtype, target.Device),
                readout,
                sides,
                target.BatchSize,
                settings.StackedElements);
            string description = $"{settings.NullDraws} random unit directions in {subject.Layer}, each added at strength {Number(decision)} (× RMS norm {Number(scale)})";
            return new Run(raw, scale, passes.Path, description);
        }
    }

    private static SteeringEvidence Summarise(
        Subject subject, Readout readout, string concept, Readout[] sides, SteeringSettings settings, ulong seed,
        DataSplit split, DataSplit reference, double[] strengths, int decisionRow, Run run)
    {
        double[][] effects = run.Raw.Concept;
        double[][] sideChanges = run.Raw.Sides;
        int examples = effects[0].Length;
        int strengthCount = strengths.Length;

        // Columns: the concept readout's change at each strength, then each side readout's at the decision strength.
        var bootstrap = new JointBootstrap([.. effects, .. sideChanges], settings.BootstrapResamples, settings.ConfidenceLevel, Random(seed, "joint"));
        DosePoint[] curve = [.. strengths.Select((a, k) => new DosePoint(a, Descriptive.Mean(effects[k]), bootstrap.Mean(k)))];
        DoseStep[] steps =
        [
            .. Enumerable.Range(0, strengthCount - 1).Select(k => new DoseStep(strengths[k], strengths[k + 1], curve[k + 1].Mean - curve[k].Mean,
                bootstrap.Of(means => means[k + 1] - means[k]))),
        ];

        double[] decisionEffects = effects[decisionRow];
        double intended = curve[decisionRow].Mean;
        SideEffect[] sideEffects =
        [
            .. sides.Select((r, j) =>
            {
                double mean = Descriptive.Mean(sideChanges[j]);
                int column = strengthCount + j;
                return new SideEffect(
                    r.Name,
                    mean,
                    bootstrap.Mean(column),
                    Ratio(Math.Abs(mean), intended),
                    intended - Math.Abs(mean),
                    bootstrap.Of(means => means[decisionRow] - Math.Abs(means[column])));
            }),
        ];

        double[] nullMeans = [.. run.Raw.NullSums.Select(s => s / examples)];
        return new SteeringEvidence
        {
            Split = split.Name,
            ReferenceSplit = reference.Name,
            Subject = subject.Describe(),
            Concept = concept,
            Readout = readout.Name,
            Scale = run.Scale,
            Examples = examples,
            DoseResponse = curve,
            Steps = steps,
            DecisionStrength = strengths[decisionRow],
            DecisionEffects = decisionEffects,
            Null = new SteeringNull
            {
                Effects = nullMeans,
                P = EmpiricalP.Upper(intended, nullMeans),
                Mean = Descriptive.Mean(nullMeans),
                Quantile95 = Descriptive.Quantile(nullMeans, 0.95),
                Description = run.NullDescription,
            },
            SideEffects = sideEffects,
            Monotonicity = RankCorrelation.WithOrder([.. curve.Select(p => p.Mean)]),
            Path = run.Path,
            Seed = seed,
        };
    }

    private static DataSplit FirstHeldOut(AuditTarget target) =>
        target.HeldOutSplits is [var first, ..]
            ? first
            : throw new ClaimCheckException(DiagnosticIds.MissingSplit, $"the audit target '{target.Name}' has no held-out split to steer on; name one in Steering.Split");

    /// <summary>Which examples of the split carry no concept (the ones steered); CLM5006 when none do.</summary>
    private static bool[] WithoutConcept(Concept concept, DataSplit split)
    {
        bool[] without = [.. concept.Label(split).Select(present => !present)];
        if (!without.Any(w => w))
        {
            throw new ClaimCheckException(DiagnosticIds.ConceptWithoutContrast,
                $"concept '{concept.Name}' is present in all {split.Count} examples of split '{split.Name}'; steering adds it to examples without it, and there are none");
        }

        return without;
    }

    /// <summary>The side-effect readouts: the settings' (CLM5013 for an unknown one), or every readout of the target but the concept's.</summary>
    private static Readout[] SideReadouts(AuditTarget target, Readout readout, SteeringSettings settings) =>
        settings.SideEffectReadouts is { } names
            ? [.. names.Where(n => n != readout.Name).Distinct().Select(target.Readout)]
            : [.. target.Readouts.Where(r => r.Name != readout.Name)];

    private static double? Ratio(double side, double intended) => intended > 0 ? side / intended : null;

    private static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    private static SeededRandom Random(ulong seed, string purpose) => new(SeededRandom.Derive(seed, "steering-bootstrap-" + purpose));
}
