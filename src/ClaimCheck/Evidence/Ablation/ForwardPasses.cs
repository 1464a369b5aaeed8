using System.Runtime.InteropServices;
using ClaimCheck.Capture;
using ClaimCheck.Diagnostics;
using ClaimCheck.Targets;
using static TorchSharp.torch;

namespace ClaimCheck.Evidence.Ablation;

/// <summary>
/// The forward passes an ablation needs around one layer: a clean pass that keeps the layer's output, and ablated
/// passes from a replaced layer output, through the <see cref="SuffixRunner"/> where the model is a chain of layers
/// and through a whole forward pass with a replacing hook otherwise.
/// </summary>
internal sealed class ForwardPasses : IDisposable
{
    private readonly AuditTarget _target;
    private readonly string _layer;
    private readonly LayerHook _hook;
    private readonly SuffixRunner? _suffix;
    private readonly LayerLayout _layout;

    public ForwardPasses(AuditTarget target, string layer, bool allowSuffix)
    {
        _target = target;
        _layer = layer;
        _layout = target.LayoutOf(layer);
        nn.Module<Tensor, Tensor> module = LayerResolver.Resolve(target.Model, layer);
        _suffix = allowSuffix ? SuffixRunner.TryCreate(target.Model, layer) : null;
        _hook = new LayerHook(module, layer);
    }

    /// <summary>Which path the ablated passes take.</summary>
    public AblationPath Path => _suffix is null ? AblationPath.FullForward : AblationPath.Suffix;

    /// <summary>
    /// The model's output and the layer's output (a copy, units on axis 1 whatever the layer's <see cref="LayerLayout"/>)
    /// for a batch, without intervention.
    /// </summary>
    public (Tensor Output, Tensor Layer) Clean(Tensor input)
    {
        _hook.TakeCaptured();
        Tensor output = Call(input);
        Tensor? captured = _hook.TakeCaptured();
        Tensor layer = (captured is null ? null : UnitsFirst(captured))
            ?? throw new ClaimCheckException(DiagnosticIds.UnknownLayer,
                $"layer '{_layer}' did not run during the forward pass (custom modules must call their children with call(), not forward())");
        if (layer.dim() < 2)
        {
            throw new ClaimCheckException(DiagnosticIds.UnknownLayer,
                $"layer '{_layer}' produced shape [{string.Join(", ", layer.shape)}]; ablation needs [batch, units, ...]");
        }

        return (output, layer);
    }

    /// <summary>
    /// The clean pass over examples [<paramref name="start"/>, <paramref name="start"/> + <paramref name="count"/>) of
    /// <paramref name="split"/> in batches of <paramref name="batchSize"/>, from the target's shared clean passes
    /// (<see cref="CleanPassCache"/>): the same values as <see cref="Clean(Tensor)"/> on that batch.
    /// </summary>
    public (Tensor Output, Tensor Layer) Clean(DataSplit split, int batchSize, int start, int count, Device device) =>
        _target.CleanPasses.Get(this, _layer, split, batchSize, start, count, device);

    /// <summary>
    /// The model's output when the layer's output is <paramref name="layerOutputs"/>: [G·B, ...] for G stacked
    /// interventions on the batch <paramref name="input"/> [B, ...], row g·B + i being intervention g on example i.
    /// <paramref name="layerOutputs"/> has its units on axis 1, as <see cref="Clean(Tensor)"/> gives them.
    /// </summary>
    public Tensor Ablated(Tensor input, Tensor layerOutputs)
    {
        layerOutputs = _layout.FromUnitsFirst(layerOutputs);
        if (_suffix is not null)
        {
            return _suffix.Run(layerOutputs);
        }

        // Without a suffix the layers before the subject's run again, once per stacked intervention.
        long copies = layerOutputs.shape[0] / input.shape[0];
        Tensor stacked = copies == 1 ? input : input.repeat([copies, .. Enumerable.Repeat(1L, (int)input.dim() - 1)]);
        _hook.Replacement = layerOutputs;
        try
        {
            return Call(stacked);
        }
        finally
        {
            _hook.Replacement = null;
        }
    }

    public void Dispose() => _hook.Dispose();

    // A contiguous copy: the interventions index and reshape the units-first tensor.
    private Tensor UnitsFirst(Tensor captured) => _layout.IsUnitsLast && captured.dim() > 2 ? _layout.ToUnitsFirst(captured).contiguous() : captured;

    private Tensor Call(Tensor input)
    {
        try
        {
            return _target.Model.call(input);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or ExternalException)
        {
            throw new ClaimCheckException(DiagnosticIds.ModelRejectedInput,
                $"the model rejected a batch of shape [{string.Join(", ", input.shape)}] during ablation of '{_layer}': {e.Message}", e);
        }
    }
}
