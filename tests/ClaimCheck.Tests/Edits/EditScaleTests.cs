using ClaimCheck.Evidence.Edits;
using ClaimCheck.Statistics;
using NUnit.Framework;

namespace ClaimCheck.Tests.Edits;

/// <summary>The rank edit scale: mid-ranks among held-out scores, with Δ = AUROC − ½.</summary>
public class EditScaleTests
{
    private static (double[] Scores, bool[] Labels) Sample(int seed)
    {
        var random = new Random(seed);
        var scores = new double[400];
        var labels = new bool[400];
        for (int i = 0; i < scores.Length; i++)
        {
            labels[i] = random.NextDouble() < 0.3;
            // Rounded to tenths so that ties occur and the mid-rank rule matters.
            scores[i] = Math.Round(random.NextDouble() + (labels[i] ? 0.4 : 0), 1);
        }

        return (scores, labels);
    }

    [Test]
    public void The_rank_gap_is_the_auroc_minus_one_half_ties_included()
    {
        (double[] scores, bool[] labels) = Sample(7);
        EditScale scale = EditScale.FromHeldOut(EditScaleKind.Rank, scores, labels);

        Assert.That(scale.Gap, Is.EqualTo(Auroc.Compute(scores, labels) - 0.5).Within(1e-12));
    }

    [Test]
    public void Ranks_are_mid_ranks_of_the_reference()
    {
        EditScale scale = EditScale.FromHeldOut(EditScaleKind.Rank, [1, 2, 2, 3], [false, false, true, true]);

        Assert.That(scale.Apply(0), Is.EqualTo(0));
        Assert.That(scale.Apply(1), Is.EqualTo(0.5 / 4));
        Assert.That(scale.Apply(2), Is.EqualTo((1 + 1.0) / 4), "two tied scores count half each");
        Assert.That(scale.Apply(2.5), Is.EqualTo(3.0 / 4));
        Assert.That(scale.Apply(10), Is.EqualTo(1));
        Assert.That(scale.Apply(double.NaN), Is.NaN);
    }

    [Test]
    public void The_rank_scale_ignores_increasing_transforms_as_the_auroc_does()
    {
        (double[] scores, bool[] labels) = Sample(11);
        double[] stretched = scores.Select(s => Math.Exp(5 * s) - 40).ToArray();
        EditScale plain = EditScale.FromHeldOut(EditScaleKind.Rank, scores, labels);
        EditScale transformed = EditScale.FromHeldOut(EditScaleKind.Rank, stretched, labels);

        Assert.That(transformed.Gap, Is.EqualTo(plain.Gap).Within(1e-12));
        Assert.That(transformed.Apply(Math.Exp(5 * 0.73) - 40), Is.EqualTo(plain.Apply(0.73)).Within(1e-12));
    }

    [Test]
    public void The_raw_scale_keeps_units_and_uses_the_difference_of_means()
    {
        EditScale scale = EditScale.FromHeldOut(EditScaleKind.Raw, [1, 3, 10, 20], [false, false, true, true]);

        Assert.That(scale.Gap, Is.EqualTo(13));
        Assert.That(scale.Apply(-56), Is.EqualTo(-56));
    }

    [Test]
    public void An_empty_class_gives_no_gap()
    {
        Assert.That(EditScale.FromHeldOut(EditScaleKind.Rank, [1, 2], [false, false]).Gap, Is.NaN);
    }

    [Test]
    public void Thresholds_record_the_scale()
    {
        EditThresholds thresholds = EditThresholds.FromScale(EditScale.FromHeldOut(EditScaleKind.Rank, [0, 1], [false, true]), EditSettings.Default);

        Assert.That(thresholds.Scale, Is.EqualTo(EditScaleKind.Rank));
        Assert.That(thresholds.Gap, Is.EqualTo(0.5));
        Assert.That(thresholds.Delta, Is.EqualTo(0.25));
    }
}
