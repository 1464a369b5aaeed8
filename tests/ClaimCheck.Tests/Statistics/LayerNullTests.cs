using ClaimCheck.Capture;
using ClaimCheck.Claims;
using ClaimCheck.Evidence.HeldOut;
using ClaimCheck.Statistics;
using ClaimCheck.Tests.Fixtures;
using NUnit.Framework;

namespace ClaimCheck.Tests.Statistics;

/// <summary>
/// A layer's null (random directions, random unit sets) is drawn from the run seed and the layer, computed once and
/// extended on demand: it must equal the one-at-a-time computation, draw i must not depend on how many are asked for,
/// and claims on one layer must meet the same draws while other layers and other run seeds get their own.
/// </summary>
public class LayerNullTests
{
    [Test]
    public void The_direction_null_equals_one_direction_at_a_time_and_more_draws_extend_it()
    {
        ActivationMatrix matrix = BulkAurocTests.ReluLike(300, 24, seed: 11);
        bool[] labels = Enumerable.Range(0, 300).Select(i => i % 4 == 0).ToArray();
        const ulong seed = 0x5eed;

        double[] few = SharedNullScores.DirectionAurocs(matrix, labels, seed, 30).ToArray();
        double[] many = SharedNullScores.DirectionAurocs(matrix, labels, seed, 75).ToArray();

        float[] directions = RandomDirections.Draw(75, 24, seed);
        double[] expected = Enumerable.Range(0, 75).Select(d => Auroc.Compute(matrix.Project(directions.AsSpan(d * 24, 24)), labels)).ToArray();
        Assert.That(many, Is.EqualTo(expected), "each draw's AUROC, as one direction at a time gives it");
        Assert.That(few, Is.EqualTo(expected[..30]), "the first draws do not depend on how many are asked for");
    }

    [Test]
    public void The_unit_set_null_equals_random_sets_drawn_one_at_a_time()
    {
        ActivationMatrix matrix = BulkAurocTests.ReluLike(200, 12, seed: 12);
        bool[] labels = Enumerable.Range(0, 200).Select(i => i % 3 == 0).ToArray();
        const ulong seed = 77;

        double[] first = SharedNullScores.UnitSetAurocs(matrix, labels, seed, size: 3, count: 10).ToArray();
        double[] extended = SharedNullScores.UnitSetAurocs(matrix, labels, seed, size: 3, count: 25).ToArray();

        var random = new SeededRandom(seed);
        int[] pool = Enumerable.Range(0, 12).ToArray();
        var expected = new double[25];
        for (int draw = 0; draw < 25; draw++)
        {
            random.Shuffle(pool.AsSpan());
            expected[draw] = Auroc.Compute(matrix.MeanOf(pool[..3]), labels);
        }

        Assert.That(extended, Is.EqualTo(expected));
        Assert.That(first, Is.EqualTo(expected[..10]));
        Assert.That(SharedNullScores.UnitSetAurocs(matrix, labels, seed, size: 4, count: 10).ToArray(), Is.Not.EqualTo(first), "another set size is another null");
    }

    [Test]
    public void The_null_seed_is_the_layers_under_the_run_seed()
    {
        ulong first = LayerNullSeed.For(1, "layer");
        ulong second = LayerNullSeed.For(1, "layer");
        Assert.That(first, Is.EqualTo(second));
        Assert.That(LayerNullSeed.For(1, "layer"), Is.Not.EqualTo(LayerNullSeed.For(1, "other")));
        Assert.That(LayerNullSeed.For(1, "layer"), Is.Not.EqualTo(LayerNullSeed.For(2, "layer")));
    }

    [Test]
    public void Claims_on_one_layer_meet_the_same_null_draws_and_a_new_run_seed_redraws_them()
    {
        using var target = new PlantedTarget();
        ClaimDefinition unit0 = PlantedClaim.Unit(0);
        ClaimDefinition unit2 = PlantedClaim.Unit(2);

        HeldOutEvidence first = HeldOutCheck.Measure(target, unit0, unit0.HeldOut!);
        HeldOutEvidence second = HeldOutCheck.Measure(target, unit2, unit2.HeldOut!);
        HeldOutEvidence reseeded = HeldOutCheck.Measure(target, unit0 with { Seed = 7 }, unit0.HeldOut!);

        Assert.That(second.NullSeed, Is.EqualTo(first.NullSeed));
        int directions = unit0.HeldOut!.NullDirections;
        Assert.That(second.HeldOut[0].NullScores.Take(directions), Is.EqualTo(first.HeldOut[0].NullScores.Take(directions)),
            "the random directions' scores are the layer's, not the claim's");
        Assert.That(reseeded.NullSeed, Is.Not.EqualTo(first.NullSeed));
        Assert.That(reseeded.HeldOut[0].NullScores.Take(directions), Is.Not.EqualTo(first.HeldOut[0].NullScores.Take(directions)));
    }
}
