using System.Collections.Immutable;

namespace StripesWorld.Scenes;

/// <summary>
/// A scene: the feature instances drawn on a dark background, plus the background's noise and brightness. Scenes are
/// immutable values; every edit returns a new scene, and <see cref="Rendering.SceneRenderer.Render"/> turns the same
/// scene into the same pixels every time. That is what lets edits (add, remove, shift, brighten) be re-rendered and
/// compared with the original.
/// </summary>
/// <param name="Features">The instances, drawn in order (overlaps keep the brighter pixel, so order does not matter).</param>
/// <param name="NoiseSeed">Seeds the background noise.</param>
/// <param name="NoiseLevel">Amplitude of the uniform background noise in [0, NoiseLevel].</param>
/// <param name="Brightness">Added to every pixel before clamping to [0, 1] (a nuisance edit).</param>
public sealed record Scene(ImmutableArray<FeatureInstance> Features, ulong NoiseSeed, double NoiseLevel, double Brightness = 0)
{
    /// <summary>A scene with no features.</summary>
    public static Scene Empty(ulong noiseSeed, double noiseLevel) => new([], noiseSeed, noiseLevel);

    /// <summary>Whether at least one instance of <paramref name="kind"/> is drawn: the exact label of the concept.</summary>
    public bool Contains(FeatureKind kind)
    {
        foreach (FeatureInstance feature in Features)
        {
            if (feature.Kind == kind)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The scene with <paramref name="feature"/> added.</summary>
    public Scene Add(FeatureInstance feature)
    {
        ArgumentNullException.ThrowIfNull(feature);
        return this with { Features = Features.Add(feature) };
    }

    /// <summary>The scene without the instance at <paramref name="index"/>.</summary>
    public Scene RemoveAt(int index) => this with { Features = Features.RemoveAt(index) };

    /// <summary>The scene without any instance of <paramref name="kind"/>.</summary>
    public Scene Remove(FeatureKind kind) => this with { Features = Features.RemoveAll(f => f.Kind == kind) };

    /// <summary>The scene with the instance at <paramref name="index"/> replaced (e.g. by a shifted copy).</summary>
    public Scene Replace(int index, FeatureInstance feature)
    {
        ArgumentNullException.ThrowIfNull(feature);
        return this with { Features = Features.SetItem(index, feature) };
    }

    /// <summary>The scene with every instance moved by (<paramref name="dx"/>, <paramref name="dy"/>) pixels.</summary>
    public Scene Shifted(double dx, double dy) => this with { Features = [.. Features.Select(f => f.Shifted(dx, dy))] };

    /// <summary>The scene with another brightness offset.</summary>
    public Scene WithBrightness(double brightness) => this with { Brightness = brightness };

    /// <summary>Value equality over the instances (in order), not over the array reference.</summary>
    public bool Equals(Scene? other) =>
        other is not null
        && NoiseSeed == other.NoiseSeed
        && NoiseLevel.Equals(other.NoiseLevel)
        && Brightness.Equals(other.Brightness)
        && Features.AsSpan().SequenceEqual(other.Features.AsSpan());

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(NoiseSeed);
        hash.Add(NoiseLevel);
        hash.Add(Brightness);
        foreach (FeatureInstance feature in Features)
        {
            hash.Add(feature);
        }

        return hash.ToHashCode();
    }

    /// <summary>A short description, e.g. <c>stripes@(12.3,8.0) + dots@(20.1,22.7)</c>.</summary>
    public override string ToString() =>
        Features.Length == 0
            ? "empty scene"
            : string.Join(" + ", Features.Select(f => FormattableString.Invariant($"{f.Kind.ConceptName()}@({f.X:0.0},{f.Y:0.0})")));
}
