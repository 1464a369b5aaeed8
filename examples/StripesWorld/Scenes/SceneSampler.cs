using ClaimCheck.Statistics;

namespace StripesWorld.Scenes;

/// <summary>
/// Draws scenes from a <see cref="SceneDistribution"/>. All randomness comes from the caller's
/// <see cref="SeededRandom"/>, in a fixed order, so a seed names a sequence of scenes exactly.
/// </summary>
public sealed class SceneSampler
{
    // Centres are re-drawn this many times to keep instances apart; after that, overlap is accepted (rare).
    private const int PlacementTries = 30;

    private readonly SceneDistribution _distribution;

    /// <summary>Creates a sampler over <paramref name="distribution"/>.</summary>
    public SceneSampler(SceneDistribution distribution)
    {
        ArgumentNullException.ThrowIfNull(distribution);
        _distribution = distribution;
    }

    /// <summary>The distribution drawn from.</summary>
    public SceneDistribution Distribution => _distribution;

    /// <summary>A scene where each kind is present independently with the distribution's presence probability.</summary>
    public Scene Sample(SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var kinds = new List<FeatureKind>();
        foreach (FeatureKind kind in FeatureKinds.All)
        {
            if (random.NextBool(_distribution.Presence))
            {
                kinds.Add(kind);
            }
        }

        return Compose(random, kinds);
    }

    /// <summary>A scene with exactly one instance of each of <paramref name="kinds"/> (none: background only).</summary>
    public Scene Compose(SeededRandom random, IEnumerable<FeatureKind> kinds)
    {
        ArgumentNullException.ThrowIfNull(random);
        ArgumentNullException.ThrowIfNull(kinds);
        ulong noiseSeed = random.NextUInt64();
        var placed = new List<FeatureInstance>();
        foreach (FeatureKind kind in kinds)
        {
            placed.Add(SampleInstance(random, kind, placed));
        }

        return new Scene([.. placed], noiseSeed, _distribution.NoiseLevel);
    }

    /// <summary>One instance of <paramref name="kind"/> placed inside the image, away from <paramref name="placed"/> where possible.</summary>
    public FeatureInstance SampleInstance(SeededRandom random, FeatureKind kind, IReadOnlyList<FeatureInstance> placed)
    {
        ArgumentNullException.ThrowIfNull(random);
        ArgumentNullException.ThrowIfNull(placed);
        SceneDistribution d = _distribution;
        double size = random.NextDouble(d.MinSize, d.MaxSize);
        // Stripes look the same after a half turn, so their orientation covers [0, π); other kinds use the full turn.
        double angle = random.NextDouble(0, kind == FeatureKind.Stripes ? Math.PI : 2 * Math.PI);
        double frequency = kind switch
        {
            FeatureKind.Stripes => random.NextDouble(d.MinStripeFrequency, d.MaxStripeFrequency),
            FeatureKind.Checkers => random.NextDouble(d.MinCheckerFrequency, d.MaxCheckerFrequency),
            _ => 0,
        };
        double contrast = random.NextDouble(d.MinContrast, d.MaxContrast);
        ulong detailSeed = random.NextUInt64();

        double margin = size + 1;
        double x = 0, y = 0;
        for (int attempt = 0; attempt < PlacementTries; attempt++)
        {
            x = random.NextDouble(margin, Rendering.SceneRenderer.Side - margin);
            y = random.NextDouble(margin, Rendering.SceneRenderer.Side - margin);
            if (IsApart(x, y, size, placed))
            {
                break;
            }
        }

        return new FeatureInstance(kind, x, y, size, angle, frequency, contrast, detailSeed);
    }

    private static bool IsApart(double x, double y, double size, IReadOnlyList<FeatureInstance> placed)
    {
        foreach (FeatureInstance other in placed)
        {
            double dx = x - other.X, dy = y - other.Y;
            // A little overlap of the bounding disks is fine: the patterns' corners rarely touch.
            double minimum = 0.85 * (size + other.Size);
            if ((dx * dx) + (dy * dy) < minimum * minimum)
            {
                return false;
            }
        }

        return true;
    }
}
