using ClaimCheck.Capture;
using ClaimCheck.Targets;
using TorchSharp;
using static TorchSharp.torch;

namespace StripesWorld.Train;

/// <summary>Captures a layer's output by path with a forward hook, as ClaimCheck's capture does (its store is internal).</summary>
internal static class HookCapture
{
    private const int BatchSize = 256;

    /// <summary>The layer's outputs, row-major [count, units] (2-D layers only: enough for the bottleneck).</summary>
    public static float[] Capture(nn.Module<Tensor, Tensor> model, DataSplit split, string path)
    {
        nn.Module<Tensor, Tensor> layer = LayerResolver.Resolve(model, path);
        var values = new List<float>();
        Tensor? captured = null;
        var hook = layer.register_forward_hook((_, _, output) =>
        {
            captured = output.detach().clone();
            return output;
        });
        try
        {
            long[] shape = [.. split.ExampleShape];
            for (int start = 0; start < split.Count; start += BatchSize)
            {
                int n = Math.Min(BatchSize, split.Count - start);
                using var scope = NewDisposeScope();
                using var inference = inference_mode();
                Tensor input = tensor(split.Values.Slice(start * split.ValuesPerExample, n * split.ValuesPerExample).ToArray(), [n, .. shape]);
                model.call(input);
                values.AddRange(captured!.data<float>().ToArray());
                captured = null;
            }
        }
        finally
        {
            hook.remove();
        }

        return [.. values];
    }
}
