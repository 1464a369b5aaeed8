using ClaimCheck.Diagnostics;

namespace ClaimCheck.Claims;

/// <summary>What a claim points at: a unit, a set of units, a direction in a layer's activation space or a sparse-autoencoder latent.</summary>
public abstract record Subject
{
    /// <summary>Creates a subject in <paramref name="layer"/>.</summary>
    protected Subject(string layer, Reduction reduction)
    {
        // The analyzer's CLM0015 at compile time; the same ID here for subjects built in code.
        if (string.IsNullOrWhiteSpace(layer))
        {
            throw new ClaimCheckException(DiagnosticIds.EmptySubjectName, "a subject names an empty layer path");
        }

        Layer = layer;
        Reduction = reduction;
    }

    /// <summary>The layer's dotted module path, e.g. <c>features.conv2</c>.</summary>
    public string Layer { get; }

    /// <summary>How spatial maps are reduced before scoring.</summary>
    public Reduction Reduction { get; }

    /// <summary>A short description for messages and snapshots, e.g. <c>unit 3 of bottleneck</c>.</summary>
    public abstract string Describe();
}

/// <summary>One unit (a neuron or channel) of a layer.</summary>
public sealed record UnitSubject : Subject
{
    /// <summary>Creates a unit subject.</summary>
    public UnitSubject(string layer, int unit, Reduction reduction = Reduction.Max)
        : base(layer, reduction)
    {
        Unit = unit;
    }

    /// <summary>The unit's index in the layer (0-based).</summary>
    public int Unit { get; }

    /// <inheritdoc />
    public override string Describe() => $"unit {Unit} of {Layer}";
}

/// <summary>A set of units of one layer, scored by their mean activation.</summary>
public sealed record UnitSetSubject : Subject
{
    /// <summary>Creates a unit-set subject.</summary>
    public UnitSetSubject(string layer, IReadOnlyList<int> units, Reduction reduction = Reduction.Max)
        : base(layer, reduction)
    {
        ArgumentNullException.ThrowIfNull(units);
        Units = units.ToArray();
    }

    /// <summary>The units' indices in the layer (0-based).</summary>
    public IReadOnlyList<int> Units { get; }

    /// <inheritdoc />
    public override string Describe() => $"units {{{string.Join(", ", Units)}}} of {Layer}";

    /// <inheritdoc />
    public bool Equals(UnitSetSubject? other) =>
        other is not null && base.Equals(other) && Units.SequenceEqual(other.Units);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), Units.Count);
}

/// <summary>
/// A direction in a layer's activation space, scored by projecting the (reduced) activations onto it. Either a
/// named direction that the audit target provides (a probe, a concept vector, an SAE decoder row) or an explicit vector.
/// </summary>
public sealed record DirectionSubject : Subject
{
    /// <summary>Creates a subject for a direction the audit target provides under <paramref name="name"/>.</summary>
    public DirectionSubject(string layer, string name, Reduction reduction = Reduction.Max)
        : base(layer, reduction)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ClaimCheckException(DiagnosticIds.EmptySubjectName, $"a direction in '{layer}' has an empty name");
        }

        Name = name;
    }

    /// <summary>Creates a subject for an explicit vector (the fluent API).</summary>
    public DirectionSubject(string layer, string name, IReadOnlyList<float> vector, Reduction reduction = Reduction.Max)
        : this(layer, name, reduction)
    {
        ArgumentNullException.ThrowIfNull(vector);
        Vector = vector.ToArray();
    }

    /// <summary>The direction's name.</summary>
    public string Name { get; }

    /// <summary>The explicit vector, or null when the audit target provides it by name.</summary>
    public IReadOnlyList<float>? Vector { get; }

    /// <inheritdoc />
    public override string Describe() => $"direction '{Name}' in {Layer}";

    /// <inheritdoc />
    public bool Equals(DirectionSubject? other) =>
        other is not null && base.Equals(other) && Name == other.Name
        && (Vector is null ? other.Vector is null : other.Vector is not null && Vector.SequenceEqual(other.Vector));

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), Name);
}

/// <summary>
/// One latent of a sparse autoencoder the audit target provides by name, trained on the layer with the model held
/// fixed. Its activation on an example is the encoder's output for that latent on the example's (reduced) activations.
/// </summary>
public sealed record LatentSubject : Subject
{
    /// <summary>Creates a subject for latent <paramref name="latent"/> of the autoencoder <paramref name="autoencoder"/> on <paramref name="layer"/>.</summary>
    public LatentSubject(string layer, string autoencoder, int latent, Reduction reduction = Reduction.Max)
        : base(layer, reduction)
    {
        if (string.IsNullOrWhiteSpace(autoencoder))
        {
            throw new ClaimCheckException(DiagnosticIds.EmptySubjectName, $"a latent in '{layer}' names an empty sparse autoencoder");
        }

        Autoencoder = autoencoder;
        Latent = latent;
    }

    /// <summary>The autoencoder's name in the audit target.</summary>
    public string Autoencoder { get; }

    /// <summary>The latent's index in the dictionary (0-based).</summary>
    public int Latent { get; }

    /// <inheritdoc />
    public override string Describe() => $"latent {Latent} of '{Autoencoder}' on {Layer}";
}
