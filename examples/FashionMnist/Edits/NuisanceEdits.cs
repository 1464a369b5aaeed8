using ClaimCheck.Evidence.Edits;
using ClaimCheck.Evidence.Edits.ReadyMade;
using ClaimCheck.Targets;
using FsCheck;
using FsCheck.Fluent;

namespace FashionMnist.Edits;

/// <summary>
/// Generators of the nuisance edits, by FsCheck size: a shift of 1 px (2 px from size 50 on), a brightness change of
/// up to ±0.08 (±0.12), both ready-made, and stripes of strength up to 0.2 (0.4).
/// </summary>
public static class NuisanceEdits
{
    /// <summary>A shift, a brightness change or stripes (the base world's nuisance edits).</summary>
    public static Gen<IEdit<ExampleInput>> ShiftBrightnessOrStripes(int size) =>
        Gen.OneOf(PixelEdits.Shift(Reach(size)), Brightness(size), Stripes(size));

    /// <summary>A shift or a brightness change (the nuisance edits of printed stripes, which must not print any).</summary>
    public static Gen<IEdit<ExampleInput>> ShiftOrBrightness(int size) =>
        Gen.OneOf(PixelEdits.Shift(Reach(size)), Brightness(size));

    /// <summary>Brighter or darker by 1 to reach + 1 steps of <see cref="StripePrint.BrightnessStep"/>.</summary>
    public static Gen<IEdit<ExampleInput>> Brightness(int size) => PixelEdits.Brightness(StripePrint.BrightnessStep, Reach(size) + 1);

    /// <summary>Stripes of 1 to 2 × reach steps.</summary>
    public static Gen<IEdit<ExampleInput>> Stripes(int size) =>
        Gen.Choose(1, 2 * Reach(size)).Select(s => (IEdit<ExampleInput>)new StripesEdit(s));

    private static int Reach(int size) => size < 50 ? 1 : 2;
}
