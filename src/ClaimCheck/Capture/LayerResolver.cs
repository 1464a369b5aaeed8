using ClaimCheck.Diagnostics;
using TorchSharp;
using static TorchSharp.torch;

namespace ClaimCheck.Capture;

/// <summary>Finds a layer of a model by its dotted module path, e.g. <c>features.conv2</c>.</summary>
public static class LayerResolver
{
    /// <summary>The module at <paramref name="path"/>; CLM5001 with the known paths when there is none.</summary>
    public static nn.Module<Tensor, Tensor> Resolve(nn.Module model, string path)
    {
        ArgumentNullException.ThrowIfNull(model);
        var modules = model.named_modules().ToList();
        foreach ((string name, nn.Module module) in modules)
        {
            if (name == path)
            {
                return module as nn.Module<Tensor, Tensor>
                    ?? throw new ClaimCheckException(DiagnosticIds.UnknownLayer,
                        $"layer '{path}' is a {module.GetType().Name}, which does not map one tensor to one tensor, so its activations cannot be captured");
            }
        }

        string known = string.Join(", ", modules.Select(m => m.name).Where(n => n.Length > 0));
        throw new ClaimCheckException(DiagnosticIds.UnknownLayer, $"the model has no layer '{path}'; its layers are: {known}");
    }
}
