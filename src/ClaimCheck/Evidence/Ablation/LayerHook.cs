using ClaimCheck.Diagnostics;
using ClaimCheck.Readouts;
using static TorchSharp.torch;

namespace ClaimCheck.Evidence.Ablation;

/// <summary>
/// One forward hook on the subject's layer that either keeps a copy of the layer's output (capture) or replaces it
/// with a prepared tensor (intervention): <c>register_forward_hook</c> returning a new tensor changes what the rest
/// of the model sees.
/// </summary>
internal sealed class LayerHook : IDisposable
{
    private readonly string _layer;
    private readonly Action _remove;
    private Tensor? _captured;

    public LayerHook(nn.Module<Tensor, Tensor> module, string layer)
    {
        _layer = layer;
        var handle = module.register_forward_hook((_, _, output) => OnForward(output));
        _remove = handle.remove;
    }

    /// <summary>When set, the layer's output is replaced by this tensor, which must have the output's shape.</summary>
    public Tensor? Replacement { get; set; }

    /// <summary>
    /// The layer's output of the last pass without a replacement, in the caller's dispose scope, or null when the layer
    /// did not run.
    /// </summary>
    public Tensor? TakeCaptured()
    {
        Tensor? captured = _captured;
        _captured = null;
        if (captured is null)
        {
            return null;
        }

        // The copy was kept outside every scope (see OnForward); a view of it joins the caller's scope, which frees it.
        using (captured)
        {
            return captured.alias();
        }
    }

    /// <summary>Removes the hook, so the shared model runs untouched again.</summary>
    public void Dispose() => _remove();

    private Tensor OnForward(Tensor output)
    {
        if (Replacement is { } replacement)
        {
            if (!replacement.shape.SequenceEqual(output.shape))
            {
                throw new ClaimCheckException(DiagnosticIds.UnknownLayer,
                    $"layer '{_layer}' produced {Readout.Shape(output)} in an ablated pass but {Readout.Shape(replacement)} was prepared; the layer's output shape must not depend on the batch");
            }

            // A view: the model disposes what a hook returns once the next layer has consumed it.
            return replacement.alias();
        }

        // Sequential disposes intermediate outputs, so the capture keeps its own copy, outside every dispose scope: a
        // model whose forward opens scopes of its own would otherwise free it when the layer's parent returns.
        _captured?.Dispose();
        _captured = output.detach().clone().DetachFromDisposeScope();
        return output;
    }
}
