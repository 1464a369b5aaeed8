using ClaimCheck.Statistics;
using StripesWorld.Scenes;

namespace StripesWorld.Rendering;

/// <summary>
/// Turns scenes into 32×32 grayscale images in [0, 1], row-major (index = row · 32 + column). Rendering is pure: the
/// same scene gives the same pixels on every call and platform (the noise comes from the scene's own seed).
/// </summary>
public static class SceneRenderer
{
    /// <summary>Image side, pixels.</summary>
    public const int Side = 32;

    /// <summary>Pixels per image.</summary>
    public const int PixelCount = Side * Side;

    /// <summary>The image of <paramref name="scene"/>.</summary>
    public static float[] Render(Scene scene)
    {
        var pixels = new float[PixelCount];
        RenderInto(scene, pixels);
        return pixels;
    }

    /// <summary>The images of <paramref name="scenes"/>, one after another (the layout <c>DataSplit</c> takes).</summary>
    public static float[] RenderAll(IReadOnlyList<Scene> scenes)
    {
        ArgumentNullException.ThrowIfNull(scenes);
        var pixels = new float[(long)scenes.Count * PixelCount];
        // Each image depends on its own scene only, so rendering in parallel cannot change a pixel.
        Parallel.For(0, scenes.Count, i => RenderInto(scenes[i], pixels.AsSpan(i * PixelCount, PixelCount)));
        return pixels;
    }

    /// <summary>Renders <paramref name="scene"/> into <paramref name="pixels"/> (length <see cref="PixelCount"/>).</summary>
    public static void RenderInto(Scene scene, Span<float> pixels)
    {
        ArgumentNullException.ThrowIfNull(scene);
        if (pixels.Length != PixelCount)
        {
            throw new ArgumentException($"an image has {PixelCount} pixels, the span has {pixels.Length}", nameof(pixels));
        }

        var noise = new SeededRandom(scene.NoiseSeed);
        for (int i = 0; i < PixelCount; i++)
        {
            pixels[i] = (float)(scene.NoiseLevel * noise.NextDouble());
        }

        foreach (FeatureInstance feature in scene.Features)
        {
            Draw(feature, pixels);
        }

        for (int i = 0; i < PixelCount; i++)
        {
            pixels[i] = Math.Clamp(pixels[i] + (float)scene.Brightness, 0f, 1f);
        }
    }

    private static void Draw(FeatureInstance feature, Span<float> pixels)
    {
        Func<double, double, double> coverage = FeatureShapes.For(feature);
        // Every shape stays within Size + 1 of its centre; one more pixel covers the soft edge.
        double reach = feature.Size + 2;
        int x0 = Math.Max(0, (int)Math.Floor(feature.X - reach)), x1 = Math.Min(Side - 1, (int)Math.Ceiling(feature.X + reach));
        int y0 = Math.Max(0, (int)Math.Floor(feature.Y - reach)), y1 = Math.Min(Side - 1, (int)Math.Ceiling(feature.Y + reach));
        for (int row = y0; row <= y1; row++)
        {
            for (int column = x0; column <= x1; column++)
            {
                // Overlapping features keep the brighter pixel: drawing order never matters.
                float value = (float)(feature.Contrast * coverage(column + 0.5, row + 0.5));
                int index = (row * Side) + column;
                pixels[index] = Math.Max(pixels[index], value);
            }
        }
    }
}
