using FashionMnist.Data;
using FashionMnist.Edits;
using NUnit.Framework;

namespace FashionMnist.Tests;

/// <summary>Image edits render as described, replay exactly and shrink toward smaller edits.</summary>
public class EditTests
{
    private static FashionImages HeldOut => World.Target.ImagesOf(FashionMnistTarget.HeldOutSplit);

    private static float[] Render(GarmentImage image)
    {
        var pixels = new float[FashionImages.PixelCount];
        new ImageEncoder(HeldOut).Encode(image, pixels);
        return pixels;
    }

    [Test]
    public void A_plain_image_renders_as_the_split_shows_it()
    {
        Assert.That(Render(new GarmentImage(17)), Is.EqualTo(HeldOut.Image(17).ToArray()));
    }

    [Test]
    public void A_shift_moves_every_pixel_and_brings_in_black()
    {
        float[] plain = Render(new GarmentImage(3));
        float[] shifted = Render(new ShiftEdit(2, -1).Apply(new GarmentImage(3)));
        const int side = FashionMnistFiles.Side;

        Assert.That(shifted[(10 * side) + 12], Is.EqualTo(plain[(11 * side) + 10]));
        Assert.That(Enumerable.Range(0, side).Select(y => shifted[y * side]), Is.All.Zero);
    }

    [Test]
    public void Stripes_darken_alternate_row_pairs_of_the_garment_only()
    {
        float[] plain = Render(new GarmentImage(5));
        float[] striped = Render(new StripesEdit(5).Apply(new GarmentImage(5)));

        for (int p = 0; p < plain.Length; p++)
        {
            int row = p / FashionMnistFiles.Side;
            float expected = (row / GarmentImage.StripeRows) % 2 == 0 ? plain[p] * 0.5f : plain[p];
            Assert.That(striped[p], Is.EqualTo(expected).Within(1e-6), $"pixel {p}");
        }
    }

    [Test]
    public void Edits_shrink_to_smaller_edits()
    {
        Assert.That(new ShiftEdit(2, -1).Shrinks().Select(s => s.Size), Is.Not.Empty.And.All.LessThan(3));
        Assert.That(new BrightnessEdit(-3).Shrinks(), Is.EqualTo(new[] { new BrightnessEdit(-1), new BrightnessEdit(-2) }));
        Assert.That(new StripesEdit(1).Shrinks(), Is.Empty);
        Assert.That(new SwapEdit(4, FashionClass.Bag).Shrinks(), Is.Empty);
    }

    [Test]
    public void Add_cases_start_outside_the_concept_and_swap_in_a_member()
    {
        var edits = new ImageEdits(FashionConcepts.Footwear, HeldOut);
        bool[] footwear = FashionConcepts.Label(FashionConcepts.Footwear, HeldOut.Labels);

        var cases = FsCheck.Fluent.Gen.Sample(edits.Add.Generator, 50);

        Assert.That(cases.Select(c => footwear[c.Base.Index]), Is.All.False);
        Assert.That(cases.Select(c => footwear[c.Edited().Index]), Is.All.True);
    }
}
