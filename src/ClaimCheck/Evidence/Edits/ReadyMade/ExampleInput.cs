using System.Runtime.InteropServices;

namespace ClaimCheck.Evidence.Edits.ReadyMade;

/// <summary>
/// An example as the model takes it: its float values (row-major) and its shape, e.g. [16] for a vector or [1, 28, 28]
/// for a gray image. The input type of the ready-made edits; equal when shapes and values are equal bit for bit, so a
/// replayed edit can be checked exactly.
/// </summary>
public sealed class ExampleInput : IEquatable<ExampleInput>
{
    private readonly float[] _values;
    private readonly long[] _shape;

    /// <summary>Creates an input; <paramref name="values"/> is kept, not copied (edits never change it in place).</summary>
    public ExampleInput(float[] values, IReadOnlyList<long> shape)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(shape);
        long count = shape.Aggregate(1L, (a, b) => a * b);
        if (count != values.Length)
        {
            throw new ArgumentException($"{values.Length} values do not fill shape [{string.Join(", ", shape)}]", nameof(values));
        }

        _values = values;
        _shape = [.. shape];
    }

    /// <summary>The values, row-major.</summary>
    public ReadOnlySpan<float> Values => _values;

    /// <summary>The shape of the example.</summary>
    public IReadOnlyList<long> Shape => _shape;

    /// <summary>A copy with <paramref name="change"/> applied to the copy's values.</summary>
    public ExampleInput With(SpanAction change)
    {
        ArgumentNullException.ThrowIfNull(change);
        float[] copy = [.. _values];
        change(copy);
        return new ExampleInput(copy, _shape);
    }

    /// <inheritdoc />
    public bool Equals(ExampleInput? other) =>
        other is not null && _shape.AsSpan().SequenceEqual(other._shape)
        && MemoryMarshal.AsBytes(_values.AsSpan()).SequenceEqual(MemoryMarshal.AsBytes(other._values.AsSpan()));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ExampleInput);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(_values.Length, _values.Length > 0 ? _values[0] : 0f);

    /// <summary>Changes the values of a copy in place.</summary>
    /// <param name="values">The copy's values.</param>
    public delegate void SpanAction(Span<float> values);
}
