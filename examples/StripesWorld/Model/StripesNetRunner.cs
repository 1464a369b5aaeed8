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

    private static float[] Run(StripesNet model, ReadOnlySpan<float> pixels, int width, Func<Tensor, Tensor> run)
    {
        ArgumentNullException.ThrowIfNull(model);
        const int perImage = Rendering.SceneRenderer.PixelCount;
        int count = pixels.Length / perImage;
        var result = new float[count * width];
        model.eval();
        // Follow the model wherever ClaimCheck moved it (CUDA when available); results come back to the CPU.
        Device device = model.parameters().First().device;
        for (int start = 0; start < count; start += BatchSize)
        {
            int n = Math.Min(BatchSize, count - start);
            using var scope = NewDisposeScope();
            using var inference = inference_mode();
            Tensor batch = tensor(pixels.Slice(start * perImage, n * perImage).ToArray(), [n, 1, Rendering.SceneRenderer.Side, Rendering.SceneRenderer.Side]).to(device);
            run(batch).cpu().data<float>().CopyTo(result.AsSpan(start * width, n * width));
        }

        return result;
    }
}
