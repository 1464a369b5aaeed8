using ClaimCheck.Capture;
using ClaimCheck.Claims;
using ClaimCheck.Diagnostics;
using ClaimCheck.Readouts;
using ClaimCheck.Statistics;
using ClaimCheck.Targets;
using static TorchSharp.torch;

namespace ClaimCheck.Evidence.Ablation;

/// <summary>
/// Measures whether a subject drives a readout: ablate it on a held-out split, compare each example's readout
/// before and after, summarise the effect on concept-positive and concept-negative inputs separately, and compare the
/// positive-class mean effect with the same ablation of the layer's other unit sets (each once when there are no more
/// of them than the draws, else random sets from the whole layer) or of random directions of the same layer.
/// </summary>
/// <example>
/// <code>
/// var spec = new AblationEngineSettings { Kind = AblationKind.Mean };
/// AblationEvidence evidence = AblationCheck.Measure(target, new UnitSubject("bottleneck", 3), target.Readout("stripes"), "stripes", spec, seed: 42);
/// bool drives = evidence.Null.P &lt;= 0.05 &amp;&amp; evidence.Positives.MeanInterval.Lower &gt; 0;
/// </code>
/// </example>
public static class AblationCheck
{
    /// <summary>
    /// Runs the ablation on <paramref name="target"/>'s device. Every random draw (null unit sets or directions,
    /// the resampling permutation, bootstrap resamples) derives from <paramref name="seed"/> on the CPU, so CPU and
    /// GPU runs see the same draws. Throws <see cref="ClaimCheckException"/> on bad input: CLM3001 (the ablation does
    /// not fit the subject), CLM3002 (patching without counterparts), CLM3003 (the readout does not fit the output),
    /// CLM4101 (a setting out of range) and the CLM5xxx errors of the subject, concept and splits.
    /// </summary>
    /// <param name="target">The audit target.</param>
    /// <param name="subject">A unit, a unit set, a direction or a sparse-autoencoder latent (of a layer without positions).</param>
    /// <param name="readout">The behaviour the subject supposedly drives.</param>
    /// <param name="concept">The concept whose positives and negatives are summarised apart.</param>
    /// <param name="spec">The ablation and its settings.</param>
    /// <param name="seed">The seed of every random draw.</param>
    /// <returns>The evidence.</returns>
    public static AblationEvidence Measure(AuditTarget target, Subject subject, Readout readout, string concept, AblationEngineSettings spec, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(readout);
        ArgumentNullException.ThrowIfNull(concept);
        ArgumentNullException.ThrowIfNull(spec);
        spec.Validate();
        AblationSubject.RequireFit(subject, spec.Kind);
        target.Prepare();

        DataSplit whole = spec.Split is null ? target.HeldOutSplits[0] : target.Split(spec.Split);
        // The mean a Mean ablation sets is the whole split's, whatever the subsample: it is the layer's usual value.
        DataSplit reference = spec.ReferenceSplit is null ? whole : target.Split(spec.ReferenceSplit);
        bool[] wholeLabels = RequireContrast(target.Concepts[concept], whole);
        (DataSplit pool, int unpatched) = spec.Kind == AblationKind.Patch
            ? AblationSample.Patchable(whole, wholeLabels, SourceInputs.Counterparts(whole, spec.Counterparts).Unpermuted!)
            : (whole, 0);
        DataSplit split = AblationSample.Take(pool, ReferenceEquals(pool, whole) ? wholeLabels : RequireContrast(target.Concepts[concept], pool), spec.MaxExamples, SeededRandom.Derive(seed, "ablation-sample"));
        bool[] labels = RequireContrast(target.Concepts[concept], split);
        SourceInputs? sources = spec.Kind switch
        {
            AblationKind.Resample => SourceInputs.Resampled(split, SeededRandom.Derive(seed, "ablation-resample")),
            AblationKind.Patch => SourceInputs.Counterparts(split, spec.Counterparts),
            _ => null,
        };

        Run run = Execute(target, subject, readout, spec, seed, split, reference, sources, labels);
        AblationEvidence evidence = Summarise(subject, readout, concept, spec, seed, split, labels, run);
        evidence = unpatched == 0 ? evidence : evidence with { Unpatched = unpatched };
        return ReferenceEquals(split, whole) ? evidence : evidence with { Sample = (split.Count, whole.Count) };
    }

    // ExactSets: for an exact unit-set null, how many sets the layer has (the subject's included); else null.
    private sealed record Run(EffectRunner.Result Raw, AblationPath Path, string NullDescription, int? ExactSets);

    private static Run Execute(
        AuditTarget target, Subject subject, Readout readout, AblationEngineSettings spec, ulong seed,
        DataSplit split, DataSplit reference, SourceInputs? sources, bool[] labels)
    {
        // Hooks see every pass of the shared model, so one ablation at a time per model.
        lock (ModelGate.For(target.Model))
        {
            using var passes = new ForwardPasses(target, subject.Layer, spec.AllowSuffix);
            using var scope = NewDisposeScope();
            (long[] layerShape, ScalarType dtype) = Probe(passes, split, target.Device);
            int units = (int)layerShape[0];
            AblationSubject resolved = AblationSubject.Resolve(subject, layerShape, target);

            NullPlan plan = PlanNull(resolved, units, subject.Layer, spec.NullDraws, seed);
            int nullCount = plan.Rows.Length / units;
            LatentShift? shift = resolved.Latent is { } latent
                ? new LatentShift(latent.Autoencoder, latent.Index, spec.Kind == AblationKind.Mean ? LatentMean(target, subject, latent, reference) : 0)
                : null;
            Tensor? mean = spec.Kind == AblationKind.Mean && shift is null ? ReferenceMean.Compute(passes, reference, target.BatchSize, target.Device, dtype) : null;
            var intervention = new Intervention(spec.Kind, resolved.IsDirection, mean, shift);
            var runner = new EffectRunner(passes, readout, intervention, split, sources, labels, target.Device);
            EffectRunner.Result raw = runner.Run(
                Rows(resolved.Row, 1, units, dtype, target.Device),
                Rows(plan.Rows, nullCount, units, dtype, target.Device),
                patchLayer: spec.Kind == AblationKind.Patch && resolved.IsDirection,
                target.BatchSize,
                spec.StackedElements);
            return new Run(raw, passes.Path, plan.Description, plan.ExactSets);
        }
    }

    private static AblationEvidence Summarise(
        Subject subject, Readout readout, string concept, AblationEngineSettings spec, ulong seed, DataSplit split, bool[] labels, Run run)
    {
        double[] effects = run.Raw.Effects;
        double[] positives = LabelledValues.Of(effects, labels, true);
        double[] negatives = LabelledValues.Of(effects, labels, false);
        // The bootstraps draw from streams of their own (one seed per purpose), so they run side by side and give the same
        // numbers on any number of cores; together they are most of a claim's own time after its forward passes.
        EffectSummary positiveSummary = null!, negativeSummary = null!, layerPositives = null!, layerNegatives = null!;
        Interval specificity = default;
        double[]? layerEffects = run.Raw.LayerEffects;
        Parallel.Invoke(
            () => positiveSummary = Summary(positives, spec, seed, "positives"),
            () => negativeSummary = Summary(negatives, spec, seed, "negatives"),
            () => specificity = MeanBootstrap.Difference(positives, negatives, spec.BootstrapResamples, spec.ConfidenceLevel, Random(seed, "specificity")),
            () => layerPositives = layerEffects is null ? null! : Summary(LabelledValues.Of(layerEffects, labels, true), spec, seed, "layer-positives"),
            () => layerNegatives = layerEffects is null ? null! : Summary(LabelledValues.Of(layerEffects, labels, false), spec, seed, "layer-negatives"));
        double[] nullMeans = run.Raw.NullPositiveSums.Select(s => s / positives.Length).ToArray();

        DormantPathwayCheck? dormant = null;
        if (layerEffects is not null)
        {
            dormant = new DormantPathwayCheck
            {
                DirectionEffect = positiveSummary.Mean,
                LayerPositives = layerPositives,
                LayerNegatives = layerNegatives,
                Flagged = DormantPathwayCheck.Exceeds(positiveSummary.Mean, layerPositives.Mean),
            };
        }

        return new AblationEvidence
        {
            Split = split.Name,
            Subject = subject.Describe(),
            Concept = concept,
            Readout = readout.Name,
            Kind = spec.Kind,
            Effects = effects,
            ConceptPresent = labels,
            Positives = positiveSummary,
            Negatives = negativeSummary,
            Specificity = positiveSummary.Mean - negativeSummary.Mean,
            SpecificityInterval = specificity,
            Null = new AblationNull
            {
                Effects = nullMeans,
                // Exact: the subject's own set is one of the layer's sets and counts as at least as extreme as itself.
                P = run.ExactSets is int sets
                    ? (1.0 + nullMeans.Count(m => m >= positiveSummary.Mean)) / sets
                    : EmpiricalP.Upper(positiveSummary.Mean, nullMeans),
                Exact = run.ExactSets is not null,
                SmallestP = run.ExactSets is int all ? 1.0 / all : 0,
                Mean = Descriptive.Mean(nullMeans),
                Quantile95 = Descriptive.Quantile(nullMeans, 0.95),
                Description = run.NullDescription,
            },
            DormantPathway = dormant,
            Path = run.Path,
            Seed = seed,
        };
    }

    /// <summary>The null's rows, what they are in words, and, for an exact unit-set null, how many sets the layer has.</summary>
    private sealed record NullPlan(float[] Rows, string Description, int? ExactSets);

    /// <summary>
    /// The null for a resolved subject. Latents: random directions of the decoder row's norm. Directions: random unit
    /// directions. Unit sets: when the layer has no more sets of the subject's size than the draws, every other set once
    /// (an exact p, and honest about how small it can get); otherwise random sets from the whole layer.
    /// </summary>
    private static NullPlan PlanNull(AblationSubject resolved, int units, string layer, int draws, ulong seed)
    {
        if (resolved.Latent is not null || resolved.IsDirection)
        {
            float[] directions = NullDraws.Directions(draws, units, SeededRandom.Derive(seed, "ablation-null-directions"));
            return resolved.Latent is not null
                ? new NullPlan(ScaledDirections(directions, resolved.Row), $"{draws} random directions in {layer} of the decoder row's norm, each moved by the latent's own amount per example", null)
                : new NullPlan(directions, $"{draws} random directions in {layer}", null);
        }

        int size = resolved.Units.Count;
        string ofUnits = $"{size} unit{(size == 1 ? string.Empty : "s")} of {layer}";
        if (NullDraws.SetCount(units, size, draws) is int sets)
        {
            int others = sets - 1;
            return new NullPlan(NullDraws.OtherUnitSets(units, resolved.Units), $"each of the other {others} set{(others == 1 ? string.Empty : "s")} of {ofUnits}", sets);
        }

        return new NullPlan(NullDraws.UnitSets(draws, units, size, SeededRandom.Derive(seed, "ablation-null-units")), $"{draws} random sets of {ofUnits}", null);
    }

    /// <summary>
    /// Unit-norm null directions scaled to the latent's decoder row's norm: the null moves each example by the same
    /// amount as the latent's ablation, in a random direction, so it asks whether the row's direction matters.
    /// </summary>
    private static float[] ScaledDirections(float[] directions, float[] row)
    {
        float norm = (float)Math.Sqrt(row.Sum(v => (double)v * v));
        return directions.Select(v => v * norm).ToArray();
    }

    /// <summary>The latent's mean activation over the reference split, from the activation cache its claims are scored on.</summary>
    private static double LatentMean(AuditTarget target, Subject subject, AblationSubject.LatentRow latent, DataSplit reference)
    {
        ActivationMatrix activations = target.Activations.Get(reference, subject.Layer, subject.Reduction);
        return LatentShift.MeanActivation(latent.Autoencoder, latent.Index, activations.ToArray(), activations.Rows);
    }

    /// <summary>The layer's output shape per example, [C, ...], and its element type, from one example (steering uses it too).</summary>
    internal static (long[] Shape, ScalarType Dtype) Probe(ForwardPasses passes, DataSplit split, Device device)
    {
        using var scope = NewDisposeScope();
        using var inference = inference_mode();
        (_, Tensor layer) = passes.Clean(Batches.Input(split, 0, 1, device));
        return (layer.shape[1..], layer.dtype);
    }

    /// <summary>Unit masks or directions as a [count, units] tensor of the layer's type on its device.</summary>
    internal static Tensor Rows(float[] rows, int count, int units, ScalarType dtype, Device device) =>
        tensor(rows, [count, units]).to_type(dtype).to(device);

    private static bool[] RequireContrast(Concept concept, DataSplit split)
    {
        bool[] labels = concept.Label(split);
        int positives = labels.Count(l => l);
        int negatives = labels.Length - positives;
        if (positives == 0 || negatives == 0)
        {
            throw new ClaimCheckException(DiagnosticIds.ConceptWithoutContrast,
                $"concept '{concept.Name}' has {positives} positive and {negatives} negative examples in split '{split.Name}'; an ablation's specificity needs both");
        }

        return labels;
    }

    private static EffectSummary Summary(double[] effects, AblationEngineSettings spec, ulong seed, string purpose) =>
        EffectSummary.Of(effects, spec.BootstrapResamples, spec.ConfidenceLevel, Random(seed, purpose));

    // The seed of a bootstrap's stream: new SeededRandom(Random(...)) is the stream it draws from.
    private static ulong Random(ulong seed, string purpose) => SeededRandom.Derive(seed, "ablation-bootstrap-" + purpose);
}
