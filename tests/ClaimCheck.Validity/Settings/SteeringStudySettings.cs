using ClaimCheck.Claims;
using ClaimCheck.Evidence.Steering;
using ClaimCheck.Statistics;
using ClaimCheck.Validity.Study;
using ClaimCheck.Validity.Targets;
using StripesWorld;
using StripesWorld.Model;
using StripesWorld.Scenes;

namespace ClaimCheck.Validity.Settings;

/// <summary>
/// The settings of steering claims ("adding this direction to the layer steers concept c"), judged by the steering
/// engine and its verdict rules alone:
/// <list type="bullet">
/// <item>null: directions drawn with <see cref="RandomDirections.Draw"/>, exactly as the steering null draws its own, in
/// a random MLP (its 32-unit or 6-unit layer) or the trained stripes network (bottleneck or hidden layer); a calibrated
/// p is uniform, so such claims may hold at most at α;</item>
/// <item>planted: the planted targets' direction Q·e_k in <c>mixed</c> (with the held-out study's noise), which raises
/// feature k's readout and no other feature's: it should hold;</item>
/// <item>planted, wrong concept: the same direction claimed to steer feature k + 1, whose readout it does not reach: it
/// should not hold (its change is 0, typical of random directions).</item>
/// </list>
/// Half the claims of each setting declare strength 1 as their dose; the others are decided at the top of the default
/// range (strength 4).
/// </summary>
public static class SteeringStudySettings
{
    /// <summary>Random directions of a random MLP's 32- or 6-unit layer.</summary>
    public const string MlpRandomDirections = "steers, mlp-random-weights: random direction";

    /// <summary>Random directions of the trained stripes network's bottleneck (5 units) or hidden layer (64), claimed to steer a discovery concept's logit.</summary>
    public const string StripesRandomDirections = "steers, stripes-trained: random direction";

    /// <summary>The planted direction of feature k, claimed to steer feature k.</summary>
    public const string Planted = "steers, planted: direction of the feature";

    /// <summary>The planted direction of feature k, claimed to steer feature k + 1.</summary>
    public const string PlantedWrongConcept = "steers, planted: direction of another feature";

    /// <summary>Every setting, in report order.</summary>
    public static IReadOnlyList<string> All { get; } = [StripesRandomDirections, MlpRandomDirections, Planted, PlantedWrongConcept];

    private static readonly (string Path, int Units)[] MlpLayers =
        [(RandomMlpTarget.LayerPath, RandomMlpTarget.Units), (RandomMlpTarget.NarrowPath, RandomMlpTarget.NarrowUnits)];

    private static readonly (string Path, int Units)[] StripesLayers =
        [(StripesNet.BottleneckPath, StripesNet.BottleneckUnits), (StripesNet.HiddenPath, StripesNet.HiddenUnits)];

    private static readonly string[] StripesConcepts = [.. GroundTruth.DiscoveryKinds.Select(k => k.ConceptName())];

    /// <summary>The batches <paramref name="budget"/> includes: <see cref="StudyBudget.AblationNulls"/> null claims per null setting, 8 planted claims of each planted setting per planted target.</summary>
    public static IEnumerable<SteeringBatch> Batches(StudyBudget budget)
    {
        ArgumentNullException.ThrowIfNull(budget);
        int nulls = budget.AblationNulls;
        if (budget.Includes(StripesRandomDirections))
        {
            var claims = new List<SteeringClaim>();
            for (int i = 0; i < nulls; i++)
            {
                var random = new SeededRandom(SeededRandom.Derive(StudyBudget.RootSeed, $"{StripesRandomDirections} #{i}"));
                (string path, int units) = StripesLayers[random.NextInt(StripesLayers.Length)];
                string concept = StripesConcepts[random.NextInt(StripesConcepts.Length)];
                claims.Add(new SteeringClaim(StripesRandomDirections, SteeringTruth.Null, RandomDirection(path, units, random, i), concept, concept, Dose(random)));
            }

            yield return new SteeringBatch("trained stripes world (committed weights), its logits as readouts", () => new StripesWorldTarget(), claims);
        }

        if (budget.Includes(MlpRandomDirections))
        {
            for (int network = 0; network < budget.RandomNetworks; network++)
            {
                int first = nulls * network / budget.RandomNetworks;
                int count = (nulls * (network + 1) / budget.RandomNetworks) - first;
                ulong seed = SeededRandom.Derive(StudyBudget.RootSeed, $"random MLP {network}");
                var claims = new List<SteeringClaim>();
                for (int i = first; i < first + count; i++)
                {
                    var random = new SeededRandom(SeededRandom.Derive(StudyBudget.RootSeed, $"{MlpRandomDirections} #{i}"));
                    (string path, int units) = MlpLayers[random.NextInt(MlpLayers.Length)];
                    int feature = random.NextInt(FeatureData.Features);
                    claims.Add(new SteeringClaim(MlpRandomDirections, SteeringTruth.Null, RandomDirection(path, units, random, i),
                        FeatureData.ConceptName(feature), RandomMlpTarget.ReadoutName(feature), Dose(random)));
                }

                yield return new SteeringBatch($"random MLP {network} with a head (seed {seed})", () => new RandomMlpTarget(seed), claims);
            }
        }

        bool planted = budget.Includes(Planted);
        bool wrong = budget.Includes(PlantedWrongConcept);
        for (int t = 0; (planted || wrong) && t < budget.PlantedTargets; t++)
        {
            ulong seed = SeededRandom.Derive(StudyBudget.RootSeed, $"planted target {t}");
            var random = new SeededRandom(SeededRandom.Derive(seed, "steering claims"));
            var claims = new List<SteeringClaim>();
            for (int feature = 0; feature < FeatureData.Features; feature++)
            {
                DirectionSubject direction = Noisy(seed, PlantedFeatureTarget.MonosemanticUnit(feature), random);
                SteeringSettings dose = Dose(random);
                int other = (feature + 1) % FeatureData.Features;
                if (planted)
                {
                    claims.Add(new SteeringClaim(Planted, SteeringTruth.Steers, direction, FeatureData.ConceptName(feature), FeatureData.ConceptName(feature), SideEffectsOn(feature, dose)));
                }

                if (wrong)
                {
                    claims.Add(new SteeringClaim(PlantedWrongConcept, SteeringTruth.SteersAnotherConcept, direction, FeatureData.ConceptName(other), FeatureData.ConceptName(other), SideEffectsOn(other, dose)));
                }
            }

            yield return new SteeringBatch($"planted target {t} (seed {seed})", () => new PlantedFeatureTarget(seed), claims);
        }
    }

    // Half the claims declare strength 1 as their dose; the others are decided at the top of the default range.
    private static SteeringSettings Dose(SeededRandom random) => random.NextBool(0.5) ? new SteeringSettings { DecisionStrength = 1 } : new SteeringSettings();

    // The planted targets' side effects are read on the other features' readouts; "f{k}+noise" reads unit k as f{k}
    // does, another view of the same concept.
    private static SteeringSettings SideEffectsOn(int feature, SteeringSettings settings) => settings with
    {
        SideEffectReadouts = [.. Enumerable.Range(0, FeatureData.Features).Where(j => j != feature).Select(FeatureData.ConceptName)],
    };

    private static DirectionSubject RandomDirection(string path, int units, SeededRandom random, int index) =>
        Subjects.Direction(path, $"random-{index}", RandomDirections.Draw(1, units, SeededRandom.Derive(random.NextUInt64(), "direction")));

    // Unit k's direction in `mixed` with the held-out study's noise (PlantedSettings.DirectionNoise, about 14° off).
    private static DirectionSubject Noisy(ulong seed, int unit, SeededRandom random)
    {
        float[] direction = PlantedFeatureTarget.DirectionOf(seed, unit);
        double scale = PlantedSettings.DirectionNoise / Math.Sqrt(direction.Length);
        float[] noisy = [.. direction.Select(v => (float)(v + (scale * random.NextGaussian())))];
        return Subjects.Direction(PlantedFeatureTarget.MixedPath, $"planted-{unit}", noisy);
    }
}
