using ClaimCheck.Claims;
using ClaimCheck.Evidence.Ablation;
using ClaimCheck.Statistics;
using ClaimCheck.Targets;
using ClaimCheck.Validity.Study;
using ClaimCheck.Validity.Targets;

namespace ClaimCheck.Validity.Settings;

/// <summary>
/// The planted settings of Drives claims, on the held-out study's planted targets (same seeds) with their head and a
/// hand-made autoencoder: subjects that carry feature k into readout <c>f{k}</c> (they should hold) as a unit, a
/// noisy direction and a latent, and noise units that drive a readout on every input whether or not the feature is
/// there (they should be brittle: CLM3204).
/// </summary>
public static class AblationPlantedSettings
{
    /// <summary>Unit k of <c>units</c> drives feature k through readout <c>f{k}</c>; zeroed for even k, mean-ablated for odd k.</summary>
    public const string Units = "drives, planted: unit (zero / mean)";

    /// <summary>Unit k's direction in <c>mixed</c>, with noise, drives feature k; projected out for even k, mean-ablated for odd k.</summary>
    public const string Directions = "drives, planted: direction (project-out / mean)";

    /// <summary>A latent reading and writing unit k drives feature k; zeroed for even k, mean-ablated for odd k.</summary>
    public const string Latents = "drives, planted: latent (zero / mean)";

    /// <summary>Noise unit 16+k, which drives readout <c>f{k}+noise</c> on every input, claimed to drive feature k there; zeroed.</summary>
    public const string OffConceptUnits = "drives, planted: noise unit driving the readout everywhere (zero)";

    /// <summary>Every planted ablation setting, in report order.</summary>
    public static IReadOnlyList<string> All { get; } = [Units, Directions, Latents, OffConceptUnits];

    /// <summary>The name of the planted targets' hand-made autoencoder (latent k reads and writes unit k).</summary>
    public const string PlantedAutoencoder = "planted-sae";

    /// <summary>One batch per planted target: 8 claims of each planted ablation setting.</summary>
    public static IEnumerable<StudyBatch> Batches(StudyBudget budget)
    {
        ArgumentNullException.ThrowIfNull(budget);
        int[] detectors = [.. Enumerable.Range(0, FeatureData.Features).Select(PlantedFeatureTarget.MonosemanticUnit)];
        for (int t = 0; t < budget.PlantedTargets; t++)
        {
            // The held-out study's planted target t (same seed), now also read through its head.
            ulong seed = SeededRandom.Derive(StudyBudget.RootSeed, $"planted target {t}");
            yield return new StudyBatch($"planted target {t} with a head and a hand-made autoencoder (seed {seed})",
                () => new PlantedFeatureTarget(seed, [new NamedAutoencoder(PlantedAutoencoder, HandMadeLatents.Make(detectors, HandMadeLatents.UnitRows(detectors)), "hand-made: latent k reads and writes unit k")]),
                [.. Claims(seed, t)]);
        }
    }

    private static IEnumerable<StudyClaim> Claims(ulong seed, int index)
    {
        var random = new SeededRandom(SeededRandom.Derive(seed, "ablation claims"));
        string id = $"Validity.drives.planted.{index}";
        for (int feature = 0; feature < FeatureData.Features; feature++)
        {
            string concept = FeatureData.ConceptName(feature);
            int unit = PlantedFeatureTarget.MonosemanticUnit(feature);
            bool even = feature % 2 == 0;
            yield return Make(Units, Truth.PlantedTrue, Subjects.Unit(PlantedFeatureTarget.UnitsPath, unit), concept, concept,
                even ? AblationKind.Zero : AblationKind.Mean, $"{id}.unit{unit}");
            yield return Make(Directions, Truth.PlantedTrue, Noisy(seed, unit, random), concept, concept,
                even ? AblationKind.ProjectOut : AblationKind.Mean, $"{id}.direction{unit}");
            yield return Make(Latents, Truth.PlantedTrue, Subjects.Latent(PlantedFeatureTarget.UnitsPath, PlantedAutoencoder, feature), concept, concept,
                even ? AblationKind.Zero : AblationKind.Mean, $"{id}.latent{feature}");
            int noise = PlantedFeatureTarget.NoiseUnit(feature);
            yield return Make(OffConceptUnits, Truth.PlantedOffConcept, Subjects.Unit(PlantedFeatureTarget.UnitsPath, noise), concept,
                PlantedFeatureTarget.OffConceptReadout(feature), AblationKind.Zero, $"{id}.noise-unit{noise}");
        }
    }

    // Unit k's direction in `mixed` with the held-out study's noise (PlantedSettings.DirectionNoise, about 14° off).
    private static DirectionSubject Noisy(ulong seed, int unit, SeededRandom random)
    {
        float[] direction = PlantedFeatureTarget.DirectionOf(seed, unit);
        double scale = PlantedSettings.DirectionNoise / Math.Sqrt(direction.Length);
        float[] noisy = [.. direction.Select(v => (float)(v + (scale * random.NextGaussian())))];
        return Subjects.Direction(PlantedFeatureTarget.MixedPath, $"planted-{unit}", noisy);
    }

    private static StudyClaim Make(string setting, Truth truth, Subject subject, string concept, string readout, AblationKind kind, string id) =>
        new(setting, truth, Claim.That(subject).Drives(concept).WithAblation(readout, kind).Named(id));
}
