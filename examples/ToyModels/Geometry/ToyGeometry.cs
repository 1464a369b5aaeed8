namespace ToyModels.Geometry;

/// <summary>
/// The geometry of a trained toy model's W, the quantities the paper reads its results from: each feature's norm
/// ‖W_i‖ (represented or not), the angles between represented features, each feature's dimensionality
/// D_i = ‖W_i‖² / Σ_j (Ŵ_i · W_j)² and the model's dimensions per feature m / ‖W‖_F².
/// </summary>
public sealed class ToyGeometry
{
    /// <summary>
    /// A feature counts as represented when ‖W_i‖ exceeds 0.5. A represented feature is reconstructed at about its
    /// own scale, so ‖W_i‖ ≈ 1 (x'_i ≈ ‖W_i‖² x_i + ...); an ignored one is driven to ‖W_i‖ ≈ 0. Half-way between the
    /// two is the line that neither side comes near in the trained models (the report prints the norms).
    /// </summary>
    public const double RepresentedNorm = 0.5;

    private readonly double[] _weight;

    /// <summary>Computes the geometry of W (row-major [m, n]).</summary>
    public ToyGeometry(IReadOnlyList<float> weight, int hiddenDims, int features)
    {
        ArgumentNullException.ThrowIfNull(weight);
        if (weight.Count != hiddenDims * features)
        {
            throw new ArgumentException($"W needs {hiddenDims}×{features} values, got {weight.Count}", nameof(weight));
        }

        HiddenDims = hiddenDims;
        Features = features;
        _weight = weight.Select(v => (double)v).ToArray();
        Norms = Enumerable.Range(0, features).Select(i => Math.Sqrt(Dot(i, i))).ToArray();
        Represented = Enumerable.Range(0, features).Where(i => Norms[i] > RepresentedNorm).ToArray();
        Dimensionality = Enumerable.Range(0, features).Select(FeatureDimensionality).ToArray();
        double frobenius = Norms.Sum(v => v * v);
        DimensionsPerFeature = frobenius == 0 ? double.PositiveInfinity : hiddenDims / frobenius;
    }

    /// <summary>m.</summary>
    public int HiddenDims { get; }

    /// <summary>n.</summary>
    public int Features { get; }

    /// <summary>‖W_i‖ per feature.</summary>
    public IReadOnlyList<double> Norms { get; }

    /// <summary>The represented features (‖W_i‖ &gt; <see cref="RepresentedNorm"/>), ascending.</summary>
    public IReadOnlyList<int> Represented { get; }

    /// <summary>D_i per feature: 1 for a feature with a dimension of its own, 1/2 for an antipodal pair, 2/5 in a
    /// regular pentagon; 0 for a feature with W_i = 0.</summary>
    public IReadOnlyList<double> Dimensionality { get; }

    /// <summary>m / ‖W‖_F²: the hidden dimensions the model spends per (unit-norm) feature it represents.</summary>
    public double DimensionsPerFeature { get; }

    /// <summary>W[k, i]: feature i's component along hidden dimension k.</summary>
    public double Component(int hidden, int feature) => _weight[(hidden * Features) + feature];

    /// <summary>W_i · W_j.</summary>
    public double Dot(int i, int j)
    {
        double sum = 0;
        for (int k = 0; k < HiddenDims; k++)
        {
            sum += Component(k, i) * Component(k, j);
        }

        return sum;
    }

    /// <summary>The angle between W_i and W_j in degrees, in [0, 180]; NaN when either is zero.</summary>
    public double AngleDegrees(int i, int j)
    {
        double denominator = Norms[i] * Norms[j];
        if (denominator == 0)
        {
            return double.NaN;
        }

        return Math.Acos(Math.Clamp(Dot(i, j) / denominator, -1, 1)) * 180 / Math.PI;
    }

    /// <summary>
    /// The represented features in the order they lie around the origin (m = 2 only), each with the angle to the
    /// next one counter-clockwise (the last wraps round to the first); the angles sum to 360°. A regular pentagon
    /// gives five angles of 72°.
    /// </summary>
    public IReadOnlyList<(int Feature, double AngleToNext)> AroundTheOrigin()
    {
        if (HiddenDims != 2)
        {
            throw new InvalidOperationException($"features lie around the origin only in a plane; this model has {HiddenDims} hidden dimensions");
        }

        var polar = Represented.Select(i => (Feature: i, Polar: Math.Atan2(Component(1, i), Component(0, i)) * 180 / Math.PI))
            .OrderBy(p => p.Polar).ThenBy(p => p.Feature).ToArray();
        return polar.Select((p, k) =>
        {
            double next = k + 1 < polar.Length ? polar[k + 1].Polar : polar[0].Polar + 360;
            return (p.Feature, next - p.Polar);
        }).ToArray();
    }

    /// <summary>The cosine between hidden axis <paramref name="hidden"/> and W_i (0 when W_i = 0).</summary>
    public double AxisCosine(int hidden, int feature) => Norms[feature] == 0 ? 0 : Component(hidden, feature) / Norms[feature];

    private double FeatureDimensionality(int i)
    {
        if (Norms[i] == 0)
        {
            return 0;
        }

        // Σ_j (Ŵ_i · W_j)² includes j = i, whose term is ‖W_i‖²: a feature alone in its direction gets exactly 1.
        double interference = 0;
        for (int j = 0; j < Features; j++)
        {
            double projection = Dot(i, j) / Norms[i];
            interference += projection * projection;
        }

        return Norms[i] * Norms[i] / interference;
    }
}
