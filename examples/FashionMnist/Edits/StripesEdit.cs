using System.Globalization;
using ClaimCheck.Evidence.Edits.ReadyMade;

namespace FashionMnist.Edits;

/// <summary>Prints horizontal stripes on an unprinted garment (a nuisance edit: a striped shirt is still a shirt).</summary>
/// <param name="Steps">Strength in steps of <see cref="StripePrint.StripeStep"/> (1 to 9).</param>
public sealed record StripesEdit(int Steps) : IShrinkingEdit<ExampleInput>
{
    /// <inheritdoc />
    public int Size => Steps;

    /// <inheritdoc />
    public ExampleInput Apply(ExampleInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return input.With(image => StripePrint.Print(image, Math.Min(9, Steps)));
    }

    /// <inheritdoc />
    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"prints horizontal stripes on the garment (every other {StripePrint.StripeRows} rows darkened by {Steps * StripePrint.StripeStep:0.0})");

    /// <inheritdoc />
    public IEnumerable<IShrinkingEdit<ExampleInput>> Shrinks() =>
        new[] { 1, Steps - 1 }.Where(s => s > 0 && s < Steps).Distinct().Select(s => new StripesEdit(s));
}
