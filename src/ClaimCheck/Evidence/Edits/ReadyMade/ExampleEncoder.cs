using ClaimCheck.Targets;

namespace ClaimCheck.Evidence.Edits.ReadyMade;

/// <summary>Turns an <see cref="ExampleInput"/> into model input: its values as they are.</summary>
/// <param name="exampleShape">The shape of one example (the splits' example shape).</param>
public sealed class ExampleEncoder(IReadOnlyList<long> exampleShape) : IInputEncoder<ExampleInput>
{
    /// <inheritdoc />
    public IReadOnlyList<long> ExampleShape { get; } = [.. exampleShape];

    /// <inheritdoc />
    public void Encode(ExampleInput input, Span<float> destination)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.Values.Length != destination.Length)
        {
            throw new ArgumentException($"an input of {input.Values.Length} values where the model takes {destination.Length}", nameof(input));
        }

        input.Values.CopyTo(destination);
    }
}
