using ClaimCheck.Data;
using FashionMnist.Data;
using NUnit.Framework;

namespace FashionMnist.Tests;

/// <summary>The IDX reader on the real files of the Debian package dataset-fashion-mnist.</summary>
public class LoaderTests
{
    [Test]
    public void The_training_set_has_60000_images_of_28_by_28_with_6000_per_class()
    {
        LabelledImages training = FashionMnistFiles.Training;

        Assert.That(training.Count, Is.EqualTo(60_000));
        Assert.That((training.Rows, training.Columns), Is.EqualTo((28, 28)));
        Assert.That(training.Pixels.Length, Is.EqualTo(60_000 * 784));
        Assert.That(training.Labels.CountBy(l => l).OrderBy(p => p.Key).Select(p => (int)p.Key), Is.EqualTo(Enumerable.Range(0, 10)));
        Assert.That(training.Labels.CountBy(l => l).Select(p => p.Value), Is.All.EqualTo(6_000));
    }

    [Test]
    public void The_test_set_has_10000_images_with_1000_per_class()
    {
        LabelledImages test = FashionMnistFiles.Test;

        Assert.That(test.Count, Is.EqualTo(10_000));
        Assert.That((test.Rows, test.Columns), Is.EqualTo((28, 28)));
        Assert.That(test.Labels.Max(), Is.EqualTo(9));
        Assert.That(test.Labels.CountBy(l => l).Select(p => p.Value), Is.All.EqualTo(1_000));
    }

    [Test]
    public void Images_are_dark_garments_on_black_with_the_full_byte_range()
    {
        LabelledImages test = FashionMnistFiles.Test;
        ReadOnlySpan<byte> first = test.Image(0);

        // Corners are background (black) in Fashion-MNIST; the garment reaches full white somewhere in the set.
        Assert.That(first[0], Is.Zero);
        Assert.That(first[^1], Is.Zero);
        Assert.That(test.Pixels.IndexOf((byte)255), Is.GreaterThanOrEqualTo(0));
    }
}
