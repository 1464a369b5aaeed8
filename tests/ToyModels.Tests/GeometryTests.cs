using NUnit.Framework;
using ToyModels.Geometry;

namespace ToyModels.Tests;

/// <summary>The geometry against values worked out by hand.</summary>
public class GeometryTests
{
    private const double Tolerance = 1e-6;

    [Test]
    public void TwoOrthogonalFeaturesHaveOneDimensionEachAndTheRestNone()
    {
        // W_0 = (1, 0), W_1 = (0, 1), W_2..4 = 0: the dense regime's ideal.
        var geometry = new ToyGeometry(Weight((1, 0), (0, 1), (0, 0), (0, 0), (0, 0)), 2, 5);

        Assert.Multiple(() =>
        {
            Assert.That(geometry.Norms, Is.EqualTo(new[] { 1.0, 1, 0, 0, 0 }).Within(Tolerance));
            Assert.That(geometry.Represented, Is.EqualTo(new[] { 0, 1 }));
            Assert.That(geometry.AngleDegrees(0, 1), Is.EqualTo(90).Within(Tolerance));
            Assert.That(geometry.AngleDegrees(0, 2), Is.NaN);
            Assert.That(geometry.Dimensionality, Is.EqualTo(new[] { 1.0, 1, 0, 0, 0 }).Within(Tolerance));
            Assert.That(geometry.DimensionsPerFeature, Is.EqualTo(1).Within(Tolerance)); // m / ‖W‖² = 2 / 2
        });
    }

    [Test]
    public void RegularPentagonGivesTwoFifthsOfADimensionPerFeatureAnd72Degrees()
    {
        // Unit vectors at 0°, 72°, ..., 288°, in feature order 0, 2, 4, 1, 3 around the origin.
        int[] order = [0, 2, 4, 1, 3];
        var columns = new (double, double)[5];
        for (int k = 0; k < 5; k++)
        {
            double angle = k * 72 * Math.PI / 180;
            columns[order[k]] = (Math.Cos(angle), Math.Sin(angle));
        }

        var geometry = new ToyGeometry(Weight(columns), 2, 5);

        // Σ_j (Ŵ_i·W_j)² = 1 + 2 cos²72° + 2 cos²144° = 5/2, so D_i = 1 / (5/2) = 2/5.
        Assert.Multiple(() =>
        {
            Assert.That(geometry.Represented, Has.Count.EqualTo(5));
            Assert.That(geometry.Dimensionality, Has.All.EqualTo(0.4).Within(Tolerance));
            Assert.That(geometry.DimensionsPerFeature, Is.EqualTo(0.4).Within(Tolerance));
            Assert.That(geometry.AroundTheOrigin().Select(a => a.Feature), Is.EqualTo(new[] { 1, 3, 0, 2, 4 }));
            Assert.That(geometry.AroundTheOrigin().Select(a => a.AngleToNext), Has.All.EqualTo(72).Within(1e-4));
            Assert.That(geometry.AngleDegrees(0, 1), Is.EqualTo(144).Within(1e-4));
        });
    }

    [Test]
    public void AntipodalPairSharesOneDimension()
    {
        var geometry = new ToyGeometry(Weight((1, 0), (-1, 0), (0, 0), (0, 0), (0, 0)), 2, 5);

        Assert.Multiple(() =>
        {
            Assert.That(geometry.AngleDegrees(0, 1), Is.EqualTo(180).Within(Tolerance));
            Assert.That(geometry.Dimensionality[0], Is.EqualTo(0.5).Within(Tolerance));
            Assert.That(geometry.Dimensionality[1], Is.EqualTo(0.5).Within(Tolerance));
        });
    }

    [Test]
    public void UnequalNormsFollowThePaperFormula()
    {
        // W_0 = (2, 0), W_1 = (1, 1). D_0 = ‖W_0‖² / ((Ŵ_0·W_0)² + (Ŵ_0·W_1)²) = 4 / (4 + 1) = 0.8;
        // D_1 = 2 / ((2/√2)² + (2/√2)²) = 2 / 4 = 0.5; angle 45°; m / ‖W‖_F² = 2 / 6.
        var geometry = new ToyGeometry(Weight((2, 0), (1, 1), (0, 0), (0, 0), (0, 0)), 2, 5);

        Assert.Multiple(() =>
        {
            Assert.That(geometry.Dimensionality[0], Is.EqualTo(0.8).Within(Tolerance));
            Assert.That(geometry.Dimensionality[1], Is.EqualTo(0.5).Within(Tolerance));
            Assert.That(geometry.AngleDegrees(0, 1), Is.EqualTo(45).Within(Tolerance));
            Assert.That(geometry.DimensionsPerFeature, Is.EqualTo(1.0 / 3).Within(Tolerance));
            Assert.That(geometry.AxisCosine(0, 1), Is.EqualTo(Math.Sqrt(0.5)).Within(Tolerance));
        });
    }

    [Test]
    public void RepresentedUsesTheStatedNormLine()
    {
        var geometry = new ToyGeometry(Weight((0.49, 0), (0, 0.51), (0, 0), (0, 0), (0, 0)), 2, 5);
        Assert.That(geometry.Represented, Is.EqualTo(new[] { 1 }));
    }

    // Columns W_i as (component on hidden 0, component on hidden 1), laid out as W's rows [2, n].
    private static float[] Weight(params (double H0, double H1)[] columns) =>
        [.. columns.Select(c => (float)c.H0), .. columns.Select(c => (float)c.H1)];
}
