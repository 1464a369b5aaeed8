using ClaimCheck.Statistics;
using CodeWorld.Audit;
using NUnit.Framework;

namespace CodeWorld.Tests;

/// <summary>The logistic probe behind the code world's probe directions: it finds the feature that carries the label, deterministically.</summary>
public class LogisticDirectionTests
{
    [Test]
    public void The_probe_points_along_the_feature_that_carries_the_label_whatever_the_scale_of_the_others()
    {
        const int rows = 600;
        var random = new SeededRandom(5);
        var features = new float[rows * 3];
        var labels = new bool[rows];
        for (int r = 0; r < rows; r++)
        {
            labels[r] = random.NextBool(0.3);
            // Feature 1 carries the label (with overlap, so the fit is finite); 0 and 2 are noise, 2 on a large scale.
            features[r * 3] = (float)random.NextGaussian();
            features[(r * 3) + 1] = (labels[r] ? 1f : -1f) + (float)random.NextGaussian();
            features[(r * 3) + 2] = 50 * (float)random.NextGaussian();
        }

        float[] direction = LogisticDirection.Fit(features, rows, 3, labels);

        Assert.That(Math.Sqrt(direction.Sum(d => (double)d * d)), Is.EqualTo(1).Within(1e-6));
        Assert.That(direction[1], Is.GreaterThan(0.99));
        Assert.That(Math.Abs(direction[0]), Is.LessThan(0.1));
        Assert.That(Math.Abs(direction[2]), Is.LessThan(0.01));
        Assert.That(LogisticDirection.Fit(features, rows, 3, labels), Is.EqualTo(direction), "the same data give the same probe");
    }
}
