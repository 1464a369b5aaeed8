using FsCheck;
using FsCheck.Fluent;

namespace FashionMnist.Edits;

/// <summary>
/// Generators of the nuisance edits, by FsCheck size: a shift of 1 px (2 px from size 50 on), a brightness change of
/// up to ±0.08 (±0.12), and stripes of strength up to 0.2 (0.4).
/// </summary>
public static class NuisanceEdits
{
    /// <summary>A shift, a brightness change or stripes (the base world's nuisance edits).</summary>
    public static Gen<IImageEdit> ShiftBrightnessOrStripes(int size) =>
        Gen.OneOf(Shift(size), Brightness(size), Stripes(size));

    /// <summary>A shift or a brightness change (the nuisance edits of printed stripes, which must not print any).</summary>
    public static Gen<IImageEdit> ShiftOrBrightness(int size) =>
        Gen.OneOf(Shift(size), Brightness(size));

    /// <summary>A shift by up to the size's reach in each direction, never (0, 0).</summary>
    public static Gen<IImageEdit> Shift(int size)
    {
        int reach = Reach(size);
        return (from dx in Gen.Choose(-reach, reach)
                from dy in Gen.Choose(-reach, reach)
                select (dx, dy)).Where(d => d != (0, 0)).Select(d => (IImageEdit)new ShiftEdit(d.dx, d.dy));
    }

    /// <summary>Brighter or darker by 1 to reach + 1 steps.</summary>
    public static Gen<IImageEdit> Brightness(int size) =>
        Gen.Choose(1, Reach(size) + 1).SelectMany(s => Gen.Elements(s, -s)).Select(s => (IImageEdit)new BrightnessEdit(s));

    /// <summary>Stripes of 1 to 2 × reach steps.</summary>
    public static Gen<IImageEdit> Stripes(int size) =>
        Gen.Choose(1, 2 * Reach(size)).Select(s => (IImageEdit)new StripesEdit(s));

    private static int Reach(int size) => size < 50 ? 1 : 2;
}
