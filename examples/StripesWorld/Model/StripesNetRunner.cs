using ClaimCheck.Capture;
using TorchSharp;
using static TorchSharp.torch;

namespace StripesWorld.Model;

/// <summary>Runs a <see cref="StripesNet"/> over many images in batches and returns plain arrays.</summary>
public static class StripesNetRunner
{
    private const int BatchSize = 500;

    /// <summary>The post-ReLU bottleneck activations, row-major [count, 4], of images laid out one after another.</summary>
    public static float[] Bottleneck(StripesNet model, ReadOnlySpan<float> pixels) =>
        Run(model, pixels, StripesNet.BottleneckUnits, model.Encode);

    /// <summary>The logits, row-major [count, 8], of images laid out one after another.</summary>
    public static float[] Logits(StripesNet model, ReadOnlySpan<float> pixels) =>
        Run(model, pixels, Scenes.FeatureKinds.Count, model.call);

    private static float[] Run(StripesNet model, ReadOnlySpan<float> pixels, int width, Func<Tensor, Tensor> run) =>
        BatchedForward.Map(model, pixels, [1, Rendering.SceneRenderer.Side, Rendering.SceneRenderer.Side], width, run, BatchSize);
}
