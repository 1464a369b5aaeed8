using System.Collections.Concurrent;
using System.Security.Cryptography;
using ClaimCheck.Diagnostics;
using ClaimCheck.Readouts;
using TorchSharp;
using static TorchSharp.torch;

namespace ClaimCheck.Targets;

/// <summary>
/// What claims are about: a TorchSharp model with named layers, data splits and a concept library. Build one from
/// parts with <see cref="Build"/>, or subclass it with a parameterless constructor that builds (or loads) everything
/// (what attribute claims name); ClaimCheck builds each target type once per run and shares it, with its activation
/// cache, among every claim on it.
/// </summary>
public abstract class AuditTarget : IDisposable
{
    private readonly ConcurrentDictionary<Type, Lazy<object>> _shared = new();
    private string? _modelFingerprint;
    private bool _prepared;

    /// <summary>
    /// Starts building an audit target around <paramref name="model"/> with no subclass: add splits, concepts, readouts,
    /// directions and edits with the builder's <c>With...</c> steps, then call <see cref="AuditTargetBuilder.Create"/>.
    /// </summary>
    /// <param name="name">A short name for reports.</param>
    /// <param name="model">The model under audit; the target owns it and disposes it.</param>
    public static AuditTargetBuilder Build(string name, nn.Module<Tensor, Tensor> model) => new(name, model);

    /// <summary>A short name for reports, e.g. "stripes world".</summary>
    public abstract string Name { get; }

    /// <summary>The model under audit. ClaimCheck moves it to <see cref="Device"/> and puts it in eval mode.</summary>
    public abstract nn.Module<Tensor, Tensor> Model { get; }

    /// <summary>The data: one discovery split (optional) and one or more held-out splits.</summary>
    public abstract IReadOnlyList<DataSplit> Splits { get; }

    /// <summary>The concepts claims can name.</summary>
    public abstract ConceptLibrary Concepts { get; }

    /// <summary>Directions the target provides by name (probes, concept vectors, SAE decoder rows).</summary>
    public virtual IReadOnlyList<NamedDirection> Directions => [];

    /// <summary>Readouts the target provides by name (class logits, log-probabilities, metrics), for ablation claims.</summary>
    public virtual IReadOnlyList<Readout> Readouts => [];

    /// <summary>Sparse autoencoders the target provides by name, trained on its layers with the model held fixed; claims can be about their latents.</summary>
    public virtual IReadOnlyList<NamedAutoencoder> Autoencoders => [];

    /// <summary>
    /// The edit generators for <paramref name="concept"/> (add it, remove it, nuisance edits that keep it), or null
    /// when the target cannot edit its inputs for that concept. Targeted-edit claims need them.
    /// </summary>
    public virtual ConceptEditSource? EditsFor(string concept) => null;

    /// <summary>
    /// <paramref name="split"/> with <paramref name="concept"/> edited out of every example, in the same order (the
    /// counterparts a patching ablation takes activations from), or null when the target cannot edit its inputs.
    /// </summary>
    public virtual DataSplit? Counterparts(DataSplit split, string concept) => null;

    /// <summary>
    /// Which axis of <paramref name="layer"/>'s output holds its units: <see cref="LayerLayout.UnitsFirst"/> (the
    /// default: dense layers, convolutions) or <see cref="LayerLayout.UnitsLast"/> (a transformer's [batch, sequence,
    /// features]). Override for sequence models, or declare layouts with <see cref="AuditTargetBuilder.WithLayout"/>.
    /// </summary>
    /// <param name="layer">The layer's dotted module path.</param>
    public virtual LayerLayout LayoutOf(string layer) => LayerLayout.UnitsFirst;

    /// <summary>
    /// The tokens of example <paramref name="example"/> of <paramref name="split"/> as text, one per position of the
    /// target's sequence layers (characters, word pieces), or null (the default) when examples are not sequences. Reports
    /// then show top-activating examples as text coloured by the subject's score at each token.
    /// </summary>
    /// <param name="split">The split.</param>
    /// <param name="example">The example's index in it.</param>
    public virtual IReadOnlyList<string>? TokensOf(DataSplit split, int example) => null;

    /// <summary>Examples per forward pass during capture.</summary>
    public virtual int BatchSize => 256;

    /// <summary>The device the model runs on (see <see cref="DeviceChoice"/>); override to pin one.</summary>
    public virtual Device Device => DeviceChoice.Current;

    /// <summary>The discovery split, or null when the target has none.</summary>
    public DataSplit? Discovery => Splits.FirstOrDefault(s => s.Role == SplitRole.Discovery);

    /// <summary>The held-out splits, in declaration order.</summary>
    public IReadOnlyList<DataSplit> HeldOutSplits => Splits.Where(s => s.Role == SplitRole.HeldOut).ToArray();

    /// <summary>The split named <paramref name="name"/>; CLM5009 when there is none.</summary>
    public DataSplit Split(string name) =>
        Splits.FirstOrDefault(s => s.Name == name)
        ?? throw new ClaimCheckException(DiagnosticIds.MissingSplit, $"the audit target '{Name}' has no split named '{name}'");

    /// <summary>The named direction; CLM5010 when the target provides none by that name in that layer.</summary>
    public NamedDirection Direction(string layer, string name) =>
        Directions.FirstOrDefault(d => d.Name == name && d.Layer == layer)
        ?? throw new ClaimCheckException(DiagnosticIds.UnknownDirection,
            $"the audit target '{Name}' provides no direction '{name}' in layer '{layer}'; it provides: "
            + (Directions.Count == 0 ? "none" : string.Join(", ", Directions.Select(d => $"'{d.Name}' in {d.Layer}"))));

    /// <summary>The readout named <paramref name="name"/>; CLM5013 when the target provides none by that name.</summary>
    public Readout Readout(string name) =>
        Readouts.FirstOrDefault(r => r.Name == name)
        ?? throw new ClaimCheckException(DiagnosticIds.UnknownReadout,
            $"the audit target '{Name}' provides no readout '{name}'; it provides: "
            + (Readouts.Count == 0 ? "none" : string.Join(", ", Readouts.Select(r => $"'{r.Name}'"))));

    /// <summary>The sparse autoencoder named <paramref name="name"/>; CLM5040 when the target provides none by that name.</summary>
    public NamedAutoencoder Autoencoder(string name) =>
        Autoencoders.FirstOrDefault(a => a.Name == name)
        ?? throw new ClaimCheckException(DiagnosticIds.UnknownAutoencoder,
            $"the audit target '{Name}' provides no sparse autoencoder '{name}'; it provides: "
            + (Autoencoders.Count == 0 ? "none (override Autoencoders)" : string.Join(", ", Autoencoders.Select(a => $"'{a.Name}' on {a.Autoencoder.Layer}"))));

    /// <summary>A SHA-256 fingerprint of the model's parameters and buffers, in name order.</summary>
    public string ModelFingerprint => _modelFingerprint ??= ComputeModelFingerprint();

    /// <summary>
    /// The one <typeparamref name="T"/> this target shares among every claim on it (its activation cache, its cache of
    /// clean passes), made by <paramref name="create"/> on first use, once even when claims run in parallel. The layers
    /// above the target keep their per-target state here, so the target does not depend on their types; what is
    /// disposable is disposed with the target.
    /// </summary>
    internal T Shared<T>(Func<AuditTarget, T> create)
        where T : class =>
        (T)_shared.GetOrAdd(typeof(T), _ => new Lazy<object>(() => create(this), LazyThreadSafetyMode.ExecutionAndPublication)).Value;

    /// <summary>Replaces the shared <typeparamref name="T"/> (tests give a target a cache with other limits).</summary>
    internal void ReplaceShared<T>(T value)
        where T : class => _shared[typeof(T)] = new Lazy<object>(value);

    /// <summary>Moves the model to the run's device, sets eval mode and checks the splits; runs once, later calls do nothing.</summary>
    public void Prepare()
    {
        if (_prepared)
        {
            return;
        }

        Model.to(Device);
        Model.eval();
        SplitChecks.RequireUsable(this);
        _prepared = true;
    }

    /// <summary>Releases the model's native memory.</summary>
    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases the model; override to release more.</summary>
    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            foreach (Lazy<object> shared in _shared.Values.Where(s => s.IsValueCreated))
            {
                (shared.Value as IDisposable)?.Dispose();
            }

            Model.Dispose();
        }
    }

    private string ComputeModelFingerprint()
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        using var scope = NewDisposeScope();
        foreach ((string name, Tensor value) in Model.state_dict().OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(name));
            Tensor cpu = value.detach().to(CPU).contiguous();
            hash.AppendData(cpu.bytes);
        }

        return "sha256:" + Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
    }
}
