using ClaimCheck.Claims;
using ClaimCheck.Statistics;
using ClaimCheck.Targets;
using ClaimCheck.Validity.Study;
using ClaimCheck.Validity.Targets;
using StripesWorld;
using StripesWorld.Model;
using StripesWorld.Scenes;

namespace ClaimCheck.Validity.Settings;

/// <summary>
/// The study's null settings: claims whose subject is drawn exactly like (or exchangeably with) the readouts the
/// null compares it with, so a calibrated p-value is uniform and a Holds verdict is a false positive.
/// </summary>
/// <remarks>
/// Random units of a trained network are only among them with a shuffled concept (labels permuted, so independent of
/// the inputs): with a real concept, a unit a training run shaped may genuinely carry it, so its Holds is not known
/// to be false. Directions drawn isotropically are exchangeable with the
/// null's random directions in any network, trained or not; units of a random-weight network are exchangeable with
/// the layer's other units (their weights are i.i.d.), though not with the random directions the null adds.
/// </remarks>
public static class NullSettings
{
    /// <summary>Isotropic random directions × random concepts in the trained stripes world (exchangeable with the null's directions).</summary>
    public const string StripesTrainedDirections = "stripes-trained: random direction";

    /// <summary>Random units of the trained stripes world × shuffled concepts (labels independent of the inputs).</summary>
    public const string StripesTrainedShuffledUnits = "stripes-trained: random unit, shuffled concept";

    /// <summary>Random units × random concepts in random-weight stripes networks.</summary>
    public const string StripesRandomUnits = "stripes-random-weights: random unit";

    /// <summary>Isotropic random directions × random concepts in random-weight stripes networks.</summary>
    public const string StripesRandomDirections = "stripes-random-weights: random direction";

    /// <summary>Random units × random concepts in random MLPs over synthetic features.</summary>
    public const string MlpRandomUnits = "mlp-random-weights: random unit";

    /// <summary>Isotropic random directions × random concepts in random MLPs.</summary>
    public const string MlpRandomDirections = "mlp-random-weights: random direction";

    /// <summary>Every null setting, in report order.</summary>
    public static IReadOnlyList<string> All { get; } =
        [StripesTrainedDirections, StripesTrainedShuffledUnits, StripesRandomUnits, StripesRandomDirections, MlpRandomUnits, MlpRandomDirections];

    // The stripes layers claims are drawn in: the 5-unit bottleneck (few units, so the null leans on random
    // directions) and the 64-unit hidden layer.
    private static readonly (string Path, int Units)[] StripesLayers =
        [(StripesNet.BottleneckPath, StripesNet.BottleneckUnits), (StripesNet.HiddenPath, StripesNet.HiddenUnits)];

    // Only the concepts the stripes world's discovery split shows: the others have no positives there, and a claim
    // about them is Inconclusive by an input error (CLM5007), which says nothing about the statistics.
    private static readonly string[] StripesConcepts = [.. GroundTruth.DiscoveryKinds.Select(k => k.ConceptName())];

    /// <summary>The batches of the null settings <paramref name="budget"/> includes.</summary>
    public static IEnumerable<StudyBatch> Batches(StudyBudget budget)
    {
        ArgumentNullException.ThrowIfNull(budget);
        bool trainedDirections = budget.Includes(StripesTrainedDirections), trainedShuffled = budget.Includes(StripesTrainedShuffledUnits);
        if (trainedDirections || trainedShuffled)
        {
            // One target serves both settings: the shuffled concepts it adds can only add "other concept" scores near
            // 0.5 to a direction claim about a real concept, which no verdict rule acts on.
            string[] shuffled = [.. StripesConcepts.Select(ShuffledConceptsTarget.ShuffledName)];
            yield return new StudyBatch("trained stripes world (committed weights) with shuffled concepts",
                () => new ShuffledConceptsTarget(new StripesWorldTarget(), SeededRandom.Derive(StudyBudget.RootSeed, "shuffled concepts")),
                [
                    .. trainedDirections ? Claims(StripesTrainedDirections, 0, budget.NullClaimsPerSetting, StripesLayers, StripesConcepts, unit: false) : [],
                    .. trainedShuffled ? Claims(StripesTrainedShuffledUnits, 0, budget.NullClaimsPerSetting, StripesLayers, shuffled, unit: true) : [],
                ]);
        }

        bool stripesUnits = budget.Includes(StripesRandomUnits), stripesDirections = budget.Includes(StripesRandomDirections);
        if (stripesUnits || stripesDirections)
        {
            foreach (StudyBatch batch in Spread(budget, seed => RandomStripesNet.Target(seed), "random-weight stripes net",
                stripesUnits ? StripesRandomUnits : null, stripesDirections ? StripesRandomDirections : null, StripesLayers, StripesConcepts))
            {
                yield return batch;
            }
        }

        bool mlpUnits = budget.Includes(MlpRandomUnits), mlpDirections = budget.Includes(MlpRandomDirections);
        if (mlpUnits || mlpDirections)
        {
            string[] concepts = [.. Enumerable.Range(0, FeatureData.Features).Select(FeatureData.ConceptName)];
            foreach (StudyBatch batch in Spread(budget, seed => new RandomMlpTarget(seed), "random MLP",
                mlpUnits ? MlpRandomUnits : null, mlpDirections ? MlpRandomDirections : null, [(RandomMlpTarget.LayerPath, RandomMlpTarget.Units)], concepts))
            {
                yield return batch;
            }
        }
    }

    // Spreads each setting's claims evenly over the budget's random networks, unit and direction claims sharing each
    // network (one capture serves both).
    private static IEnumerable<StudyBatch> Spread(StudyBudget budget, Func<ulong, AuditTarget> build, string what,
        string? unitSetting, string? directionSetting, (string Path, int Units)[] layers, string[] concepts)
    {
        for (int network = 0; network < budget.RandomNetworks; network++)
        {
            int first = budget.NullClaimsPerSetting * network / budget.RandomNetworks;
            int count = (budget.NullClaimsPerSetting * (network + 1) / budget.RandomNetworks) - first;
            ulong seed = SeededRandom.Derive(StudyBudget.RootSeed, $"{what} {network}");
            var claims = new List<StudyClaim>();
            if (unitSetting is not null)
            {
                claims.AddRange(Claims(unitSetting, first, count, layers, concepts, unit: true));
            }

            if (directionSetting is not null)
            {
                claims.AddRange(Claims(directionSetting, first, count, layers, concepts, unit: false));
            }

            yield return new StudyBatch($"{what} {network} (seed {seed})", () => build(seed), claims);
        }
    }

    /// <summary>
    /// Null claims <paramref name="first"/> … of <paramref name="setting"/>: for each, a layer, a concept and a unit (or
    /// an isotropic direction drawn exactly as the held-out null draws its own, <see cref="RandomDirections"/>), all
    /// from a seed derived from the study's root seed and the claim's index.
    /// </summary>
    private static IEnumerable<StudyClaim> Claims(string setting, int first, int count, (string Path, int Units)[] layers, string[] concepts, bool unit)
    {
        for (int i = first; i < first + count; i++)
        {
            ulong seed = SeededRandom.Derive(StudyBudget.RootSeed, $"{setting} #{i}");
            var random = new SeededRandom(seed);
            (string path, int units) = layers[random.NextInt(layers.Length)];
            string concept = concepts[random.NextInt(concepts.Length)];
            Subject subject = unit
                ? Subjects.Unit(path, random.NextInt(units))
                : Subjects.Direction(path, $"random-{i}", RandomDirections.Draw(1, units, SeededRandom.Derive(seed, "direction")));
            ClaimDefinition claim = Claim.That(subject).Means(concept).WithHeldOut().Named($"Validity.{Slug(setting)}.{i}");
            yield return new StudyClaim(setting, Truth.Null, claim);
        }
    }

    private static string Slug(string setting) =>
        new([.. setting.Select(c => char.IsLetterOrDigit(c) ? c : '-')]);
}
