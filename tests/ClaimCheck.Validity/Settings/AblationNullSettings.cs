using ClaimCheck.Claims;
using ClaimCheck.Evidence.Ablation;
using ClaimCheck.Statistics;
using ClaimCheck.Targets;
using ClaimCheck.Validity.Study;
using ClaimCheck.Validity.Targets;
using StripesWorld;
using StripesWorld.Model;
using StripesWorld.Scenes;

namespace ClaimCheck.Validity.Settings;

/// <summary>
/// The null settings of Drives claims: a subject drawn exactly like (or exchangeably with) what the ablation null
/// ablates in its place, claimed to drive a readout, judged by ablation alone. A calibrated p-value is then uniform and
/// a Holds verdict is a false positive.
/// </summary>
/// <remarks>
/// <para>
/// Directions are drawn with <see cref="RandomDirections.Draw"/>, as the ablation null draws its own: exactly
/// exchangeable with the null in any network. A latent whose decoder row is such a direction moves each example by
/// its own amount along a random direction of the row's norm, which is how the latent null draws: exactly
/// exchangeable too. A unit of a random-weight network is exchangeable with the layer's other units (each unit's
/// incoming and outgoing weights are i.i.d.), and the ablation null compares it with every other unit once (an exact
/// p of at least 1/N in an N-unit layer). When the null drew only from the units <em>outside</em> the subject, the
/// layer's strongest unit (chance 1/N) beat every draw; the study measured that in a 32-unit and a 6-unit layer, and
/// measures the exact null now (docs/validity.md).
/// </para>
/// <para>
/// The random MLPs are the held-out settings' networks (same seeds); each claim names a feature f_c as its concept and
/// the head's output <c>out{c}</c> as its readout.
/// </para>
/// </remarks>
public static class AblationNullSettings
{
    /// <summary>Isotropic random directions of a random MLP's 32- or 6-unit layer, mean-ablated.</summary>
    public const string MlpDirectionsMean = "drives, mlp-random-weights: random direction, mean";

    /// <summary>Isotropic random directions of a random MLP's 32- or 6-unit layer, projected out.</summary>
    public const string MlpDirectionsProjectOut = "drives, mlp-random-weights: random direction, project-out";

    /// <summary>Random units of a random MLP's 32-unit layer, zeroed.</summary>
    public const string MlpUnitsZero = "drives, mlp-random-weights: random unit of 32, zero";

    /// <summary>Random units of a random MLP's 32-unit layer, mean-ablated.</summary>
    public const string MlpUnitsMean = "drives, mlp-random-weights: random unit of 32, mean";

    /// <summary>Random units of a random MLP's 6-unit layer, mean-ablated.</summary>
    public const string MlpNarrowUnitsMean = "drives, mlp-random-weights: random unit of 6, mean";

    /// <summary>Latents of a hand-made autoencoder on the planted layer, reading the claimed feature's detector and writing along an isotropic random row, zeroed.</summary>
    public const string LatentRandomRow = "drives, planted features: latent with a random decoder row, zero";

    /// <summary>
    /// Isotropic random directions of the trained stripes network's <c>bottleneck</c> (5 units) or <c>hidden</c> layer
    /// (64), claimed to drive one of the 4 discovery concepts' logits; mean-ablated or projected out (at random).
    /// </summary>
    public const string StripesTrainedDirections = "drives, stripes-trained: random direction, mean / project-out";

    /// <summary>Every ablation null setting, in report order.</summary>
    public static IReadOnlyList<string> All { get; } =
        [StripesTrainedDirections, MlpDirectionsMean, MlpDirectionsProjectOut, MlpUnitsZero, MlpUnitsMean, MlpNarrowUnitsMean, LatentRandomRow];

    /// <summary>The settings whose subject is exactly exchangeable with its null (drawn as the null draws): P(p ≤ α) ≤ α by construction.</summary>
    public static IReadOnlyList<string> Exchangeable { get; } = [StripesTrainedDirections, MlpDirectionsMean, MlpDirectionsProjectOut, LatentRandomRow];

    // The stripes layers and concepts, as in the held-out settings (NullSettings).
    private static readonly (string Path, int Units)[] StripesLayers =
        [(StripesNet.BottleneckPath, StripesNet.BottleneckUnits), (StripesNet.HiddenPath, StripesNet.HiddenUnits)];

    private static readonly string[] StripesConcepts = [.. GroundTruth.DiscoveryKinds.Select(k => k.ConceptName())];

    /// <summary>The name of the hand-made autoencoder whose latents have random decoder rows.</summary>
    public const string RandomRowsAutoencoder = "random-rows";

    private static readonly (string Path, int Units)[] MlpLayers =
        [(RandomMlpTarget.LayerPath, RandomMlpTarget.Units), (RandomMlpTarget.NarrowPath, RandomMlpTarget.NarrowUnits)];

    /// <summary>The batches of the ablation null settings <paramref name="budget"/> includes.</summary>
    public static IEnumerable<StudyBatch> Batches(StudyBudget budget)
    {
        ArgumentNullException.ThrowIfNull(budget);
        (string Setting, Func<SeededRandom, int, Subject> Subject, AblationKind Kind)[] mlp =
        [
            (MlpDirectionsMean, RandomDirection, AblationKind.Mean),
            (MlpDirectionsProjectOut, RandomDirection, AblationKind.ProjectOut),
            (MlpUnitsZero, (random, _) => Subjects.Unit(RandomMlpTarget.LayerPath, random.NextInt(RandomMlpTarget.Units)), AblationKind.Zero),
            (MlpUnitsMean, (random, _) => Subjects.Unit(RandomMlpTarget.LayerPath, random.NextInt(RandomMlpTarget.Units)), AblationKind.Mean),
            (MlpNarrowUnitsMean, (random, _) => Subjects.Unit(RandomMlpTarget.NarrowPath, random.NextInt(RandomMlpTarget.NarrowUnits)), AblationKind.Mean),
        ];
        if (budget.Includes(StripesTrainedDirections))
        {
            yield return StripesBatch(budget.AblationNulls);
        }

        var included = mlp.Where(s => budget.Includes(s.Setting)).ToArray();
        bool latents = budget.Includes(LatentRandomRow);
        for (int network = 0; network < budget.RandomNetworks; network++)
        {
            (int first, int count) = Share(budget, network);
            if (included.Length > 0)
            {
                // The held-out settings' random MLPs (same seed), with the head their ablation claims read.
                ulong seed = SeededRandom.Derive(StudyBudget.RootSeed, $"random MLP {network}");
                var claims = new List<StudyClaim>();
                foreach ((string setting, Func<SeededRandom, int, Subject> subject, AblationKind kind) in included)
                {
                    for (int i = first; i < first + count; i++)
                    {
                        var random = new SeededRandom(SeededRandom.Derive(StudyBudget.RootSeed, $"{setting} #{i}"));
                        int feature = random.NextInt(FeatureData.Features);
                        claims.Add(Make(setting, subject(random, i), feature, RandomMlpTarget.ReadoutName(feature), kind, i));
                    }
                }

                yield return new StudyBatch($"random MLP {network} with a head (seed {seed})", () => new RandomMlpTarget(seed), claims);
            }

            if (latents)
            {
                yield return LatentBatch(network, first, count);
            }
        }
    }

    /// <summary>
    /// Random directions of the trained stripes network (committed weights), each claimed to drive a discovery concept
    /// through that concept's logit: a trained network, so the claims test the null on a model with structure.
    /// </summary>
    private static StudyBatch StripesBatch(int count)
    {
        var claims = new List<StudyClaim>();
        for (int i = 0; i < count; i++)
        {
            var random = new SeededRandom(SeededRandom.Derive(StudyBudget.RootSeed, $"{StripesTrainedDirections} #{i}"));
            (string path, int units) = StripesLayers[random.NextInt(StripesLayers.Length)];
            string concept = StripesConcepts[random.NextInt(StripesConcepts.Length)];
            AblationKind kind = random.NextBool(0.5) ? AblationKind.Mean : AblationKind.ProjectOut;
            DirectionSubject subject = Subjects.Direction(path, $"random-{i}", RandomDirections.Draw(1, units, SeededRandom.Derive(random.NextUInt64(), "direction")));
            claims.Add(new StudyClaim(StripesTrainedDirections, Truth.Null,
                Claim.That(subject).Drives(concept).WithAblation(concept, kind).Named($"Validity.{Slug(StripesTrainedDirections)}.{i}")));
        }

        return new StudyBatch("trained stripes world (committed weights), its logits as readouts", () => new StripesWorldTarget(), claims);
    }

    // Claims first … first + count − 1 of each setting go to network `network`: an even share.
    private static (int First, int Count) Share(StudyBudget budget, int network)
    {
        int first = budget.AblationNulls * network / budget.RandomNetworks;
        return (first, (budget.AblationNulls * (network + 1) / budget.RandomNetworks) - first);
    }

    // An isotropic direction drawn exactly as the ablation null draws its own, in one of the MLP's two layers.
    private static DirectionSubject RandomDirection(SeededRandom random, int index)
    {
        (string path, int units) = MlpLayers[random.NextInt(MlpLayers.Length)];
        return Subjects.Direction(path, $"random-{index}", RandomDirections.Draw(1, units, SeededRandom.Derive(random.NextUInt64(), "direction")));
    }

    /// <summary>
    /// One planted target with a hand-made autoencoder of <paramref name="count"/> latents: latent j reads the detector
    /// of the feature claim first + j names and writes along an isotropic random row; the claim is that it drives that
    /// feature's readout. The readout does depend on the feature (through the detector), so only the row's direction is
    /// null.
    /// </summary>
    private static StudyBatch LatentBatch(int network, int first, int count)
    {
        ulong targetSeed = SeededRandom.Derive(StudyBudget.RootSeed, $"latent null target {network}");
        var features = new int[count];
        var rows = new float[count * PlantedFeatureTarget.Width];
        var claims = new List<StudyClaim>();
        for (int j = 0; j < count; j++)
        {
            int i = first + j;
            var random = new SeededRandom(SeededRandom.Derive(StudyBudget.RootSeed, $"{LatentRandomRow} #{i}"));
            features[j] = random.NextInt(FeatureData.Features);
            RandomDirections.Draw(1, PlantedFeatureTarget.Width, SeededRandom.Derive(random.NextUInt64(), "decoder row"))
                .CopyTo(rows, j * PlantedFeatureTarget.Width);
            string concept = FeatureData.ConceptName(features[j]);
            claims.Add(Make(LatentRandomRow, Subjects.Latent(PlantedFeatureTarget.UnitsPath, RandomRowsAutoencoder, j), features[j], concept, AblationKind.Zero, i));
        }

        int[] reads = [.. features.Select(PlantedFeatureTarget.MonosemanticUnit)];
        return new StudyBatch($"planted target for random-row latents {network} (seed {targetSeed})",
            () => new PlantedFeatureTarget(targetSeed, [new NamedAutoencoder(RandomRowsAutoencoder, HandMadeLatents.Make(reads, rows), "hand-made: random decoder rows")]),
            claims);
    }

    private static StudyClaim Make(string setting, Subject subject, int feature, string readout, AblationKind kind, int index) =>
        new(setting, Truth.Null, Claim.That(subject).Drives(FeatureData.ConceptName(feature)).WithAblation(readout, kind)
            .Named($"Validity.{Slug(setting)}.{index}"));

    private static string Slug(string setting) =>
        new([.. setting.Select(c => char.IsLetterOrDigit(c) ? c : '-')]);
}
