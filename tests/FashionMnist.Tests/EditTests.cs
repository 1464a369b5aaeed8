using ClaimCheck.Evidence.Edits.ReadyMade;
using FashionMnist.Data;
using FashionMnist.Edits;
using NUnit.Framework;

namespace FashionMnist.Tests;

/// <summary>Image edits render as described, replay exactly and shrink toward smaller edits.</summary>
public class EditTests
{
    private static FashionImages HeldOut => World.Target.ImagesOf(FashionMnistTarget.HeldOutSplit);

    private static EditBases Bases => EditBases.Plain(HeldOut);

    [Test]
    public void A_base_is_the_image_as_the_split_shows_it()
    {
        Assert.That(Bases.Base(17).Values.ToArray(), Is.EqualTo(HeldOut.Image(17).ToArray()));
        Assert.That(Bases.Base(17).Shape, Is.EqualTo(FashionImages.ExampleShape));
    }

    [Test]
    public void A_shift_moves_every_pixel_and_brings_in_black()
    {
        float[] plain = Bases.Base(3).Values.ToArray();
        float[] shifted = new ShiftImage(2, -1).Apply(Bases.Base(3)).Values.ToArray();
        const int side = FashionMnistFiles.Side;

        Assert.That(shifted[(10 * side) + 12], Is.EqualTo(plain[(11 * side) + 10]));
        Assert.That(Enumerable.Range(0, side).Select(y => shifted[y * side]), Is.All.Zero);
    }

    [Test]
    public void Stripes_darken_alternate_row_pairs_of_the_garment_only()
    {
        float[] plain = Bases.Base(5).Values.ToArray();
        float[] striped = new StripesEdit(5).Apply(Bases.Base(5)).Values.ToArray();

        for (int p = 0; p < plain.Length; p++)
        {
            int row = p / FashionMnistFiles.Side;
            float expected = (row / StripePrint.StripeRows) % 2 == 0 ? plain[p] * 0.5f : plain[p];
            Assert.That(striped[p], Is.EqualTo(expected).Within(1e-6), $"pixel {p}");
        }
    }

    [Test]
    public void Edits_shrink_to_smaller_edits()
    {
        Assert.That(new ShiftImage(2, -1).Shrinks().Select(s => s.Size), Is.Not.Empty.And.All.LessThan(3));
        Assert.That(new BrightenImage(StripePrint.BrightnessStep, -3).Shrinks(),
            Is.EqualTo(new[] { new BrightenImage(StripePrint.BrightnessStep, -1), new BrightenImage(StripePrint.BrightnessStep, -2) }));
        Assert.That(new StripesEdit(1).Shrinks(), Is.Empty);
        Assert.That(Bases.Swap(0, 4).Shrinks(), Is.Empty);
    }

    [Test]
    public void Add_cases_start_outside_the_concept_and_swap_in_a_member()
    {
        var edits = new ImageEdits(FashionConcepts.Footwear, HeldOut);
        bool[] footwear = FashionConcepts.Label(FashionConcepts.Footwear, HeldOut.Labels);

        var cases = FsCheck.Fluent.Gen.Sample(edits.Add.Generator, 50);

        Assert.That(cases.Select(c => footwear[BaseIndex(c.BaseDescription)]), Is.All.False);
        Assert.That(cases.Select(c => (SwapEdit)c.Edit), Is.All.Matches<SwapEdit>(swap => footwear[swap!.Index]));
        Assert.That(cases.Select(c => c.Edited().Values.SequenceEqual(HeldOut.Image(((SwapEdit)c.Edit).Index))), Is.All.True);
    }

    // "held-out image 17 (a sandal, t10k #123)" → 17
    private static int BaseIndex(string description) => int.Parse(description.Split(' ')[2], System.Globalization.CultureInfo.InvariantCulture);
}
