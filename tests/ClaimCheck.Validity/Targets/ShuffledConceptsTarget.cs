using ClaimCheck.Statistics;
using ClaimCheck.Targets;
using TorchSharp;
using static TorchSharp.torch;

namespace ClaimCheck.Validity.Targets;

/// <summary>
/// Another target's model, data and directions, with one more concept per concept: <c>{name}~shuffled</c>, whose
/// labels are the original labels permuted at random within each split (same base rate, seeded). Its labels are
/// independent of the inputs, so no unit or direction of any network can mean it: a claim about it is null whatever
/// the subject, units of a trained network included.
/// </summary>
/// <remarks>The wrapper owns the inner target's model and disposes it; the inner target itself is never prepared or used.</remarks>
public sealed class ShuffledConceptsTarget : AuditTarget
{
    /// <summary>The suffix of a shuffled concept's name.</summary>
    public const string Suffix = "~shuffled";

    private readonly AuditTarget _inner;

    /// <summary>Wraps <paramref name="inner"/>; the permutations derive from <paramref name="seed"/> and the split's name.</summary>
    public ShuffledConceptsTarget(AuditTarget inner, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(inner);
        _inner = inner;
        Concepts = new ConceptLibrary(inner.Concepts.Concat(inner.Concepts.Select(c => new Concept(
            c.Name + Suffix,
            $"{c.Name}'s labels permuted at random within each split: independent of the inputs",
            split => Shuffle(c.Label(split), SeededRandom.Derive(seed, $"{c.Name} in {split.Name}"))))));
    }

    /// <summary>The name of the shuffled copy of <paramref name="concept"/>.</summary>
    public static string ShuffledName(string concept) => concept + Suffix;

    /// <inheritdoc />
    public override string Name => $"{_inner.Name} with shuffled concepts";

    /// <inheritdoc />
    public override nn.Module<Tensor, Tensor> Model => _inner.Model;

    /// <inheritdoc />
    public override IReadOnlyList<DataSplit> Splits => _inner.Splits;

    /// <inheritdoc />
    public override ConceptLibrary Concepts { get; }

    /// <inheritdoc />
    public override IReadOnlyList<NamedDirection> Directions => _inner.Directions;

    /// <inheritdoc />
    public override int BatchSize => _inner.BatchSize;

    /// <inheritdoc />
    public override Device Device => _inner.Device;

    private static bool[] Shuffle(bool[] labels, ulong seed)
    {
        bool[] shuffled = (bool[])labels.Clone();
        new SeededRandom(seed).Shuffle(shuffled.AsSpan());
        return shuffled;
    }
}
