using ClaimCheck.Targets;
using FsCheck;
using FsCheck.Fluent;

namespace ClaimCheck.Evidence.Edits.ReadyMade;

/// <summary>
/// Generators of the ready-made edits of images (<see cref="ShiftImage"/>, <see cref="BrightenImage"/>,
/// <see cref="OverlayPatch"/>), for <see cref="ExampleEdits"/>: the usual nuisance edits of an image concept, or, for
/// an overlay, the edit that adds a concept.
/// </summary>
public static class PixelEdits
{
    /// <summary>A shift by up to <paramref name="maxPixels"/> in each direction, never (0, 0); a failure shrinks toward one pixel.</summary>
    public static Gen<IEdit<ExampleInput>> Shift(int maxPixels)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxPixels, 1);
        return (from dx in Gen.Choose(-maxPixels, maxPixels)
                from dy in Gen.Choose(-maxPixels, maxPixels)
                select (dx, dy)).Where(d => d != (0, 0)).Select(d => (IEdit<ExampleInput>)new ShiftImage(d.dx, d.dy));
    }

    /// <summary>Brighter or darker by 1 to <paramref name="maxSteps"/> steps of <paramref name="step"/>; a failure shrinks toward one step.</summary>
    public static Gen<IEdit<ExampleInput>> Brightness(float step, int maxSteps)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxSteps, 1);
        return Gen.Choose(1, maxSteps).SelectMany(s => Gen.Elements(s, -s)).Select(s => (IEdit<ExampleInput>)new BrightenImage(step, s));
    }

    /// <summary>
    /// <paramref name="patch"/> at a random place where it fits in a <paramref name="imageHeight"/> ×
    /// <paramref name="imageWidth"/> image, at 1 to <paramref name="levels"/> levels of opacity out of
    /// <paramref name="levels"/>; a failure shrinks toward the faintest overlay.
    /// </summary>
    public static Gen<IEdit<ExampleInput>> Overlay(ImagePatch patch, int imageHeight, int imageWidth, int levels)
    {
        ArgumentNullException.ThrowIfNull(patch);
        ArgumentOutOfRangeException.ThrowIfLessThan(levels, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(imageHeight, patch.Height);
        ArgumentOutOfRangeException.ThrowIfLessThan(imageWidth, patch.Width);
        return from x in Gen.Choose(0, imageWidth - patch.Width)
               from y in Gen.Choose(0, imageHeight - patch.Height)
               from strength in Gen.Choose(1, levels)
               select (IEdit<ExampleInput>)new OverlayPatch(patch, x, y, strength, levels);
    }
}
