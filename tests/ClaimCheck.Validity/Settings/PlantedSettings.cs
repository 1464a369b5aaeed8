using ClaimCheck.Claims;
using ClaimCheck.Statistics;
using ClaimCheck.Validity.Study;
using ClaimCheck.Validity.Targets;

namespace ClaimCheck.Validity.Settings;

/// <summary>
/// The planted settings: subjects built to carry a concept (they should hold) or two rarely co-occurring concepts
/// (they should be brittle), as units and as directions, on <see cref="PlantedFeatureTarget"/>s.
/// </summary>
public static class PlantedSettings
{
    /// <summary>Planted units: the thresholded detectors and the two-feature units of layer <c>units</c>.</summary>
    public const string Units = "planted: unit";

    /// <summary>Planted directions: the same units' directions in the rotated layer <c>mixed</c>, with noise added.</summary>
    public const string Directions = "planted: direction";

    /// <summary>
    /// Norm of the noise added to a planted direction (the true direction has norm 1): the claimed direction is
    /// about 14° off the true one (cos ≈ 1/√1.0625), as a direction estimated from labelled data would be, not exact.
    /// The noise spreads over the 23 other units, the noise units among them, whose spread is larger than a
    /// detector's, so more noise than this drowns the planted signal rather than testing the verdict rules.
    /// </summary>
    public const double DirectionNoise = 0.25;

    /// <summary>Every planted setting, in report order.</summary>
    public static IReadOnlyList<string> All { get; } = [Units, Directions];

    /// <summary>One batch per planted target: 8 true and 8 polysemantic claims as units, the same as directions.</summary>
    public static IEnumerable<StudyBatch> Batches(StudyBudget budget)
    {
        ArgumentNullException.ThrowIfNull(budget);
        for (int t = 0; t < budget.PlantedTargets; t++)
        {
            ulong seed = SeededRandom.Derive(StudyBudget.RootSeed, $"planted target {t}");
            yield return new StudyBatch($"planted target {t} (seed {seed})", () => new PlantedFeatureTarget(seed), [.. Claims(seed, t)]);
        }
    }

    private static IEnumerable<StudyClaim> Claims(ulong seed, int index)
    {
        var random = new SeededRandom(SeededRandom.Derive(seed, "claims"));
        for (int feature = 0; feature < FeatureData.Features; feature++)
        {
            string concept = FeatureData.ConceptName(feature);
            int mono = PlantedFeatureTarget.MonosemanticUnit(feature);
            int poly = PlantedFeatureTarget.PolysemanticUnit(feature);
            // A polysemantic unit carries this feature and the next; the claim names one of the two at random.
            string polyConcept = FeatureData.ConceptName(random.NextBool(0.5) ? feature : (feature + 1) % FeatureData.Features);
            string id = $"Validity.planted.{index}";
            yield return Make(Units, Truth.PlantedTrue, Subjects.Unit(PlantedFeatureTarget.UnitsPath, mono), concept, $"{id}.unit{mono}");
            yield return Make(Units, Truth.PlantedPolysemantic, Subjects.Unit(PlantedFeatureTarget.UnitsPath, poly), polyConcept, $"{id}.unit{poly}");
            yield return Make(Directions, Truth.PlantedTrue, Noisy(seed, mono, random), concept, $"{id}.direction{mono}");
            yield return Make(Directions, Truth.PlantedPolysemantic, Noisy(seed, poly, random), polyConcept, $"{id}.direction{poly}");
        }
    }

    private static DirectionSubject Noisy(ulong seed, int unit, SeededRandom random)
    {
        float[] direction = PlantedFeatureTarget.DirectionOf(seed, unit);
        double scale = DirectionNoise / Math.Sqrt(direction.Length);
        float[] noisy = [.. direction.Select(v => (float)(v + (scale * random.NextGaussian())))];
        return Subjects.Direction(PlantedFeatureTarget.MixedPath, $"planted-{unit}", noisy);
    }

    private static StudyClaim Make(string setting, Truth truth, Subject subject, string concept, string id) =>
        new(setting, truth, Claim.That(subject).Means(concept).WithHeldOut().Named(id));
}
