using System.Globalization;

namespace FashionMnist.Edits;

/// <summary>Moves the image by whole pixels (a nuisance edit); black comes in at the edges.</summary>
/// <param name="Dx">Pixels to the right (negative: left).</param>
/// <param name="Dy">Pixels down (negative: up).</param>
public sealed record ShiftEdit(int Dx, int Dy) : IImageEdit
{
    /// <inheritdoc />
    public int Size => Math.Abs(Dx) + Math.Abs(Dy);

    /// <inheritdoc />
    public GarmentImage Apply(GarmentImage input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return input with { Dx = input.Dx + Dx, Dy = input.Dy + Dy };
    }

    /// <inheritdoc />
    public string Describe() => string.Create(CultureInfo.InvariantCulture, $"shifts it by ({Dx}, {Dy}) px");

    /// <inheritdoc />
    public IEnumerable<IImageEdit> Shrinks()
    {
        // One axis at a time toward zero, then both.
        var candidates = new List<ShiftEdit>();
        if (Dx != 0)
        {
            candidates.Add(new ShiftEdit(0, Dy));
            candidates.Add(new ShiftEdit(Dx - Math.Sign(Dx), Dy));
        }

        if (Dy != 0)
        {
            candidates.Add(new ShiftEdit(Dx, 0));
            candidates.Add(new ShiftEdit(Dx, Dy - Math.Sign(Dy)));
        }

        return candidates.Where(c => c.Size > 0 && c.Size < Size).Distinct();
    }
}
