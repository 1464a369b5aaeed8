using ClaimCheck.Statistics;
using NUnit.Framework;

namespace ClaimCheck.Tests.Statistics;

public class RandomDirectionsTests
{
    [Test]
    public void Every_direction_has_unit_norm()
    {
        float[] directions = RandomDirections.Draw(200, 64, seed: 1);

        Assert.That(directions, Has.Length.EqualTo(200 * 64));
        for (int row = 0; row < 200; row++)
        {
            double squares = 0;
            foreach (float component in directions.AsSpan(row * 64, 64))
            {
                squares += component * (double)component;
            }

            Assert.That(Math.Sqrt(squares), Is.EqualTo(1.0).Within(1e-6), $"direction {row}");
        }
    }

    [Test]
    public void The_same_seed_gives_the_same_directions_and_another_seed_does_not()
    {
        float[] first = RandomDirections.Draw(10, 16, seed: 123);
        float[] second = RandomDirections.Draw(10, 16, seed: 123);
        float[] other = RandomDirections.Draw(10, 16, seed: 124);

        Assert.Multiple(() =>
        {
            Assert.That(second, Is.EqualTo(first));
            Assert.That(other, Is.Not.EqualTo(first));
        });
    }

    [Test]
    public void Fewer_directions_are_a_prefix_of_more_with_the_same_seed()
    {
        // Rows are drawn one after another from one stream, so asking for more does not change the first ones.
        float[] few = RandomDirections.Draw(3, 8, seed: 5);
        float[] many = RandomDirections.Draw(7, 8, seed: 5);

        Assert.That(many.Take(24), Is.EqualTo(few));
    }

    [Test]
    public void The_directions_are_isotropic_on_average()
    {
        // For uniform directions in d dimensions each component has mean 0 and E[x²] = 1/d. With 4000 draws in d = 4,
        // the mean of a component has standard error √(1/4/4000) ≈ 0.0079, and of x² about √(2/(d(d+2))/4000) ≈ 0.0046;
        // 0.03 and 0.02 are beyond 3.5 of them.
        const int Count = 4000, Dimensions = 4;
        float[] directions = RandomDirections.Draw(Count, Dimensions, seed: 77);

        for (int d = 0; d < Dimensions; d++)
        {
            double mean = 0, meanSquare = 0;
            for (int row = 0; row < Count; row++)
            {
                double x = directions[(row * Dimensions) + d];
                mean += x / Count;
                meanSquare += x * x / Count;
            }

            Assert.Multiple(() =>
            {
                Assert.That(mean, Is.EqualTo(0.0).Within(0.03), $"component {d} mean");
                Assert.That(meanSquare, Is.EqualTo(1.0 / Dimensions).Within(0.02), $"component {d} mean square");
            });
        }
    }

    [Test]
    public void One_dimension_gives_plus_or_minus_1()
    {
        float[] directions = RandomDirections.Draw(50, 1, seed: 2);

        Assert.That(directions, Is.All.EqualTo(1f).Or.EqualTo(-1f));
    }

    [Test]
    public void Zero_directions_give_an_empty_array()
    {
        Assert.That(RandomDirections.Draw(0, 10, seed: 1), Is.Empty);
    }

    [Test]
    public void Rejects_bad_sizes()
    {
        Assert.Multiple(() =>
        {
            Assert.That(() => RandomDirections.Draw(-1, 4, 1), Throws.InstanceOf<ArgumentOutOfRangeException>());
            Assert.That(() => RandomDirections.Draw(4, 0, 1), Throws.InstanceOf<ArgumentOutOfRangeException>());
            Assert.That(() => RandomDirections.Draw(int.MaxValue, int.MaxValue, 1), Throws.InstanceOf<ArgumentOutOfRangeException>());
        });
    }

    [Test]
    public void Directions_that_do_not_fit_one_array_are_refused_before_allocating()
    {
        Assert.That(() => RandomDirections.Draw(int.MaxValue, 2, seed: 1),
            Throws.InstanceOf<ArgumentOutOfRangeException>().With.Message.Contains($"{int.MaxValue} × 2 components do not fit in one array."));
    }
}
