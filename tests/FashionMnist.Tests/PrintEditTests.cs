using ClaimCheck.Evidence.Edits;
using FashionMnist.Data;
using FashionMnist.Edits;
using FashionMnist.Prints;
using FsCheck.Fluent;
using NUnit.Framework;

namespace FashionMnist.Tests;

/// <summary>The prints world's edits: printing adds the concept, removing a print gives back the original pixels, nuisance edits leave the print alone.</summary>
public class PrintEditTests
{
    private static PrintedImages HeldOut => World.Prints.ImagesOf(FashionMnistTarget.HeldOutSplit);

    private static float[] Render(GarmentImage image)
    {
        var pixels = new float[FashionImages.PixelCount];
        new ImageEncoder(HeldOut.Plain).Encode(image, pixels);
        return pixels;
    }

    [Test]
    public void A_garment_renders_as_the_printed_split_shows_it()
    {
        for (int i = 0; i < 50; i++)
        {
            Assert.That(Render(HeldOut.Garment(i)), Is.EqualTo(HeldOut.Image(i).ToArray()), $"image {i}");
        }
    }

    [Test]
    public void Removing_a_print_restores_the_original_pixels_exactly()
    {
        FashionImages original = World.Target.ImagesOf(FashionMnistTarget.HeldOutSplit);
        int[] printed = [.. Enumerable.Range(0, HeldOut.Count).Where(i => HeldOut.Prints.Steps[i] > 0)];

        Assert.That(printed, Has.Length.GreaterThan(900));
        foreach (int i in printed)
        {
            float[] removed = Render(new UnprintEdit().Apply(HeldOut.Garment(i)));
            Assert.That(removed.AsSpan().SequenceEqual(original.Image(i)), $"image {i}: bit for bit the base world's pixels");
        }
    }

    [Test]
    public void Remove_cases_start_printed_and_render_the_original()
    {
        var edits = new PrintedStripesEdits(HeldOut);
        FashionImages original = World.Target.ImagesOf(FashionMnistTarget.HeldOutSplit);

        var cases = Gen.Sample(edits.Remove.Generator, 50);

        Assert.That(cases.Select(c => c.Base.StripeSteps), Is.All.InRange(StripePrints.MinSteps, StripePrints.MaxSteps));
        Assert.That(cases.Select(c => Render(c.Edited()).AsSpan().SequenceEqual(original.Image(c.Base.Index))), Is.All.True);
        Assert.That(edits.Remove.Shrinker(cases[0]), Is.Empty, "removing a print is atomic");
    }

    [Test]
    public void Add_cases_print_stripes_on_an_unprinted_image()
    {
        var edits = new PrintedStripesEdits(HeldOut);

        var cases = Gen.Sample(edits.Add.Generator, 50);

        Assert.That(cases.Select(c => c.Base), Is.All.Matches<GarmentImage>(g => g.IsPlain));
        Assert.That(cases.Select(c => c.Edited().StripeSteps), Is.All.InRange(StripePrints.MinSteps, StripePrints.MaxSteps));
        Assert.That(cases.Select(c => Render(c.Edited()).SequenceEqual(Render(c.Base))), Is.All.False, "the print changes the image");
        EditCase<GarmentImage> strong = cases.First(c => c.Edit.Size > 2);
        Assert.That(edits.Add.Shrinker(strong).Select(s => s.Edit.Size), Is.Not.Empty.And.All.LessThan(strong.Edit.Size));
    }

    [Test]
    public void Nuisance_cases_shift_or_brighten_and_never_touch_the_print()
    {
        var edits = new PrintedStripesEdits(HeldOut);

        var cases = Gen.Sample(edits.Nuisance.Generator, 200);

        Assert.That(cases.Select(c => c.Edit), Is.All.InstanceOf<ShiftEdit>().Or.InstanceOf<BrightnessEdit>());
        Assert.That(cases.Select(c => c.Edited().StripeSteps == HeldOut.Prints.Steps[c.Base.Index]), Is.All.True);
        Assert.That(cases.Select(c => c.Base.StripeSteps > 0).Distinct().Count(), Is.EqualTo(2), "printed and unprinted bases");
    }

    [Test]
    public void Class_edits_in_the_prints_world_toggle_the_print_as_their_nuisance()
    {
        var edits = new ImageEdits(FashionConcepts.Footwear, EditBases.Printed(HeldOut), i => PrintEdits.Toggle(HeldOut.Prints, i));

        var cases = Gen.Sample(edits.Nuisance.Generator, 100);

        foreach (EditCase<GarmentImage> c in cases)
        {
            GarmentImage edited = c.Edited();
            Assert.That(edited.StripeSteps > 0, Is.Not.EqualTo(c.Base.StripeSteps > 0), c.Describe());
            Assert.That(edited with { StripeSteps = 0 }, Is.EqualTo(c.Base with { StripeSteps = 0 }), "nothing else changes");
        }
    }

    [Test]
    public void The_prints_world_hands_out_edits_for_its_concepts_only()
    {
        Assert.That(World.Prints.EditsFor(PrintedStripes.Concept), Is.Not.Null);
        Assert.That(World.Prints.EditsFor(FashionConcepts.Footwear), Is.Not.Null);
        Assert.That(World.Prints.EditsFor("polka-dots"), Is.Null);
    }
}
