using System.Globalization;

namespace ClaimCheck.Evidence.Edits.ReadyMade;

/// <summary>
/// Blends <see cref="Patch"/> into an image ([C, H, W] or [H, W]) with its top-left corner at (X, Y), at opacity
/// <c>Strength / Levels</c>: <c>pixel' = (1 − α)·pixel + α·patch</c>, in every channel. Its size is the strength; it
/// shrinks toward the faintest overlay (one level). Parts of the patch outside the image are left out.
/// </summary>
/// <param name="Patch">The patch.</param>
/// <param name="X">The column of the patch's left edge.</param>
/// <param name="Y">The row of the patch's top edge.</param>
/// <param name="Strength">Opacity in levels, 1 to <paramref name="Levels"/>.</param>
/// <param name="Levels">Levels of full opacity.</param>
public sealed record OverlayPatch(ImagePatch Patch, int X, int Y, int Strength, int Levels) : IShrinkingEdit<ExampleInput>
{
    /// <summary>The opacity, in (0, 1].</summary>
    public float Opacity => (float)Strength / Levels;

    /// <inheritdoc />
    public int Size => Strength;

    /// <inheritdoc />
    public ExampleInput Apply(ExampleInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(Patch);
        ImageLayout image = ImageLayout.Of(input.Shape);
        float alpha = Opacity;
        float[] patch = Patch.Values.ToArray();
        return input.With(values =>
        {
            for (int c = 0; c < image.Channels; c++)
            {
                int plane = c * image.Height * image.Width;
                for (int py = 0; py < Patch.Height; py++)
                {
                    int y = Y + py;
                    for (int px = 0; px < Patch.Width; px++)
                    {
                        int x = X + px;
                        if (x >= 0 && x < image.Width && y >= 0 && y < image.Height)
                        {
                            int at = plane + (y * image.Width) + x;
                            values[at] = ((1 - alpha) * values[at]) + (alpha * patch[(py * Patch.Width) + px]);
                        }
                    }
                }
            }
        });
    }

    /// <inheritdoc />
    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"overlays {Patch.Name} ({Patch.Height}×{Patch.Width} px) at ({X}, {Y}) with opacity {Opacity:0.##}");

    /// <inheritdoc />
    public IEnumerable<IShrinkingEdit<ExampleInput>> Shrinks() => EditShrinking.SmallerSteps(Strength).Select(s => this with { Strength = s });
}
