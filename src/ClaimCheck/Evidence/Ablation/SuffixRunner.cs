using TorchSharp.Modules;
using static TorchSharp.torch;

namespace ClaimCheck.Evidence.Ablation;

/// <summary>
/// Runs the part of a model that comes after one layer, from that layer's output: for a chain of layers
/// (<c>nn.Sequential</c>, nested ones included) an ablation at layer L then costs the layers after L only, and the
/// layers before L run once per batch instead of once per null draw.
/// </summary>
/// <example>
/// <code>
/// SuffixRunner? suffix = SuffixRunner.TryCreate(model, "features.conv2");
/// Tensor output = suffix is null ? model.call(input) : suffix.Run(ablatedConv2Output);
/// </code>
/// </example>
internal sealed class SuffixRunner
{
    private readonly nn.Module<Tensor, Tensor>[] _modules;

    private SuffixRunner(List<(string Path, nn.Module<Tensor, Tensor> Module)> modules)
    {
        _modules = modules.Select(m => m.Module).ToArray();
        ModulePaths = modules.Select(m => m.Path).ToArray();
    }

    /// <summary>The dotted paths of the modules that run after the layer, in order.</summary>
    public IReadOnlyList<string> ModulePaths { get; }

    /// <summary>
    /// The runner for the layers after <paramref name="layerPath"/>, or null when the model is not a chain of layers
    /// down to that layer: every module on the path above the layer must be exactly an <c>nn.Sequential</c> (a subclass
    /// may override <c>forward</c>, so it does not count), and every module after it must map one tensor to one tensor.
    /// </summary>
    /// <param name="model">The whole model.</param>
    /// <param name="layerPath">The layer's dotted module path, e.g. <c>features.conv2</c>.</param>
    /// <returns>The runner, or null where only full forward passes are faithful.</returns>
    public static SuffixRunner? TryCreate(nn.Module model, string layerPath)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentException.ThrowIfNullOrEmpty(layerPath);
        var suffix = new List<(string, nn.Module<Tensor, Tensor>)>();
        return Collect(model, layerPath.Split('.'), 0, string.Empty, suffix) ? new SuffixRunner(suffix) : null;
    }

    /// <summary>
    /// The model's output given the layer's output <paramref name="layerOutput"/>: the remaining modules called in order
    /// with <c>call</c> (so their hooks fire, as in a full pass). Intermediate results are disposed as soon as the next
    /// module has consumed them, as <c>nn.Sequential</c> does; <paramref name="layerOutput"/> itself is left alone.
    /// </summary>
    /// <param name="layerOutput">The layer's (possibly ablated) output for a batch.</param>
    /// <returns>The model output for that batch.</returns>
    public Tensor Run(Tensor layerOutput)
    {
        ArgumentNullException.ThrowIfNull(layerOutput);
        Tensor current = layerOutput;
        foreach (nn.Module<Tensor, Tensor> module in _modules)
        {
            Tensor next = module.call(current);
            if (!ReferenceEquals(current, layerOutput) && !ReferenceEquals(next, current))
            {
                current.Dispose();
            }

            current = next;
        }

        // The caller owns its input; an empty suffix (the layer is the model's last) hands back a view, not the input itself.
        return ReferenceEquals(current, layerOutput) ? layerOutput.alias() : current;
    }

    /// <summary>
    /// Adds to <paramref name="suffix"/> the modules after <paramref name="segments"/>[<paramref name="depth"/>..] inside
    /// <paramref name="module"/>: first those after the layer inside the deeper chain, then this chain's later children.
    /// </summary>
    private static bool Collect(nn.Module module, string[] segments, int depth, string prefix, List<(string, nn.Module<Tensor, Tensor>)> suffix)
    {
        if (module.GetType() != typeof(Sequential))
        {
            return false;
        }

        var children = module.named_children().ToList();
        int index = children.FindIndex(c => c.name == segments[depth]);
        if (index < 0)
        {
            return false;
        }

        if (depth < segments.Length - 1 && !Collect(children[index].module, segments, depth + 1, prefix + segments[depth] + ".", suffix))
        {
            return false;
        }

        for (int i = index + 1; i < children.Count; i++)
        {
            if (children[i].module is not nn.Module<Tensor, Tensor> next)
            {
                return false;
            }

            suffix.Add((prefix + children[i].name, next));
        }

        return true;
    }
}
