using NUnit.Framework;
using ToyModels.Data;
using ToyModels.Geometry;
using ToyModels.Model;

namespace ToyModels.Tests;

/// <summary>The committed models reproduce the paper's regimes.</summary>
public class RegimeTests
{
    // Tolerances for trained geometry: Adam's last steps jitter a converged W by about a degree, and importance
    // differences between features bend a regular polygon by a degree or two.
    private const double OrthogonalDegrees = 1;
    private const double PolygonDegrees = 3;
    private const double DimensionalityTolerance = 0.03;

    [TestCase(0.0, 1)]
    [TestCase(0.0, 2)]
    public void DenseKeepsTheTwoMostImportantFeaturesOrthogonal(double sparsity, int run)
    {
        ToyGeometry geometry = Geometry(new ToyRegime(sparsity, run));
        Assert.Multiple(() =>
        {
            Assert.That(geometry.Represented, Is.EqualTo(new[] { 0, 1 }));
            Assert.That(geometry.AngleDegrees(0, 1), Is.EqualTo(90).Within(OrthogonalDegrees));
            Assert.That(geometry.Dimensionality[0], Is.EqualTo(1).Within(DimensionalityTolerance));
            Assert.That(geometry.Dimensionality[1], Is.EqualTo(1).Within(DimensionalityTolerance));
            Assert.That(Enumerable.Range(2, 3).Select(i => geometry.Norms[i]), Has.All.LessThan(0.05));
        });
    }

    [TestCase(0.7)]
    [TestCase(0.8)]
    public void MiddleSparsityPacksFourFeaturesAsTwoAntipodalPairs(double sparsity)
    {
        ToyGeometry geometry = Geometry(new ToyRegime(sparsity, 1));
        var around = geometry.AroundTheOrigin();
        Assert.Multiple(() =>
        {
            Assert.That(geometry.Represented, Has.Count.EqualTo(4));
            Assert.That(around.Select(a => a.AngleToNext), Has.All.EqualTo(90).Within(PolygonDegrees));
            Assert.That(geometry.Represented.Select(i => geometry.Dimensionality[i]), Has.All.EqualTo(0.5).Within(DimensionalityTolerance));
            // Each feature's antipode is the one two steps round.
            for (int k = 0; k < 4; k++)
            {
                Assert.That(geometry.AngleDegrees(around[k].Feature, around[(k + 2) % 4].Feature), Is.EqualTo(180).Within(PolygonDegrees));
            }
        });
    }

    [TestCase(0.9, 1)]
    [TestCase(0.97, 1)]
    [TestCase(0.97, 2)]
    public void HighSparsityPlacesAllFiveFeaturesOnAPentagon(double sparsity, int run)
    {
        ToyGeometry geometry = Geometry(new ToyRegime(sparsity, run));
        Assert.Multiple(() =>
        {
            Assert.That(geometry.Represented, Has.Count.EqualTo(5));
            Assert.That(geometry.AroundTheOrigin().Select(a => a.AngleToNext), Has.All.EqualTo(72).Within(PolygonDegrees));
            Assert.That(geometry.Dimensionality, Has.All.EqualTo(0.4).Within(DimensionalityTolerance));
        });
    }

    [Test]
    public void SecondRunRotatesThePlane()
    {
        // The loss sees W only through WᵀW, so run 2 is free to come out rotated: the hidden axes carry different
        // features, which is what the cross-run claims test.
        ToyGeometry run1 = Geometry(ToyRegime.Sparse);
        ToyGeometry run2 = Geometry(ToyRegime.SparseRun2);
        int Closest(ToyGeometry g) => Enumerable.Range(0, 5).MaxBy(i => g.AxisCosine(0, i));
        Assert.That(Closest(run2), Is.Not.EqualTo(Closest(run1)));
    }

    [Test]
    public void SuiteLabelsAreTheOnesRunOneSuggests()
    {
        // The claim suite's "hidden dimension 0 means feature i" labels are the features nearest to axis 0 in run 1.
        int Closest(ToyRegime regime)
        {
            ToyGeometry g = Geometry(regime);
            return Enumerable.Range(0, 5).MaxBy(i => g.AxisCosine(0, i));
        }

        Assert.Multiple(() =>
        {
            Assert.That(Closest(ToyRegime.Dense), Is.EqualTo(0));
            Assert.That(Closest(ToyRegime.Sparse), Is.EqualTo(1));
        });
    }

    private static ToyGeometry Geometry(ToyRegime regime)
    {
        using ToyModel model = ToyWeights.LoadCommitted(regime);
        return new ToyGeometry(model.WeightValues(), model.HiddenDims, model.Features);
    }
}
