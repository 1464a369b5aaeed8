using System.Globalization;

namespace ClaimCheck.Evidence.Edits.ReadyMade;

/// <summary>Moves an image ([C, H, W] or [H, W]) by whole pixels; <see cref="Fill"/> comes in at the edges. Its size is |Dx| + |Dy|.</summary>
/// <param name="Dx">Pixels to the right (negative: left).</param>
/// <param name="Dy">Pixels down (negative: up).</param>
public sealed record ShiftImage(int Dx, int Dy) : IShrinkingEdit<ExampleInput>
{
    /// <summary>The value of the pixels shifted in (0: black).</summary>
    public float Fill { get; init; }

    /// <inheritdoc />
    public int Size => Math.Abs(Dx) + Math.Abs(Dy);

    /// <inheritdoc />
    public ExampleInput Apply(ExampleInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        ImageLayout image = ImageLayout.Of(input.Shape);
        float[] source = input.Values.ToArray();
        return input.With(values =>
        {
            for (int c = 0; c < image.Channels; c++)
            {
                int plane = c * image.Height * image.Width;
                for (int y = 0; y < image.Height; y++)
                {
                    int sy = y - Dy;
                    for (int x = 0; x < image.Width; x++)
                    {
                        int sx = x - Dx;
                        bool inside = sx >= 0 && sx < image.Width && sy >= 0 && sy < image.Height;
                        values[plane + (y * image.Width) + x] = inside ? source[plane + (sy * image.Width) + sx] : Fill;
                    }
                }
            }
        });
    }

    /// <inheritdoc />
    public string Describe() => string.Create(CultureInfo.InvariantCulture, $"shifts it by ({Dx}, {Dy}) px");

    /// <inheritdoc />
    public IEnumerable<IShrinkingEdit<ExampleInput>> Shrinks()
    {
        // One axis at a time: to zero, then one pixel less.
        var candidates = new List<ShiftImage>();
        if (Dx != 0)
        {
            candidates.Add(this with { Dx = 0 });
            candidates.Add(this with { Dx = Dx - Math.Sign(Dx) });
        }

        if (Dy != 0)
        {
            candidates.Add(this with { Dy = 0 });
            candidates.Add(this with { Dy = Dy - Math.Sign(Dy) });
        }

        return candidates.Where(c => c.Size > 0 && c.Size < Size).Distinct();
    }
}
