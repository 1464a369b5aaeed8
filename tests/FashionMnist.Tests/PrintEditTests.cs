using ClaimCheck.Evidence.Edits;
using ClaimCheck.Evidence.Edits.ReadyMade;
using ClaimCheck.Targets;
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

    private static FashionImages Original => World.Target.ImagesOf(FashionMnistTarget.HeldOutSplit);

    [Test]
    public void A_base_is_the_image_as_the_printed_split_shows_it()
    {
        var bases = EditBases.Printed(HeldOut);
        for (int i = 0; i < 50; i++)
        {
            Assert.That(bases.Base(i).Values.ToArray(), Is.EqualTo(HeldOut.Image(i).ToArray()), $"image {i}");
        }
    }

    [Test]
    public void Removing_a_print_restores_the_original_pixels_exactly()
    {
        var bases = EditBases.Printed(HeldOut);
        int[] printed = [.. Enumerable.Range(0, HeldOut.Count).Where(i => HeldOut.Prints.Steps[i] > 0)];

        Assert.That(printed, Has.Length.GreaterThan(900));
        foreach (int i in printed)
        {
            ExampleInput removed = new UnprintEdit(bases.Unprinted(i)).Apply(bases.Base(i));
            Assert.That(removed.Values.SequenceEqual(Original.Image(i)), $"image {i}: bit for bit the base world's pixels");
        }
    }

    [Test]
    public void Remove_cases_start_printed_and_render_the_original()
    {
        var edits = new PrintedStripesEdits(HeldOut);

        var cases = Gen.Sample(edits.Remove.Generator, 50);

        Assert.That(cases.Select(c => HeldOut.Prints.Steps[BaseIndex(c)]), Is.All.InRange(StripePrints.MinSteps, StripePrints.MaxSteps));
        Assert.That(cases.Select(c => c.Edited().Values.SequenceEqual(Original.Image(BaseIndex(c)))), Is.All.True);
        Assert.That(edits.Remove.Shrinker(cases[0]), Is.Empty, "removing a print is atomic");
    }

    [Test]
    public void Add_cases_print_stripes_on_an_unprinted_image()
    {
        var edits = new PrintedStripesEdits(HeldOut);

        var cases = Gen.Sample(edits.Add.Generator, 50);

        Assert.That(cases.Select(c => c.Base.Values.SequenceEqual(Original.Image(BaseIndex(c)))), Is.All.True, "unprinted bases");
        Assert.That(cases.Select(c => ((StripesEdit)c.Edit).Steps), Is.All.InRange(StripePrints.MinSteps, StripePrints.MaxSteps));
        Assert.That(cases.Select(c => c.Edited().Values.SequenceEqual(c.Base.Values)), Is.All.False, "the print changes the image");
        EditCase<ExampleInput> strong = cases.First(c => c.Edit.Size > 2);
        Assert.That(edits.Add.Shrinker(strong).Select(s => s.Edit.Size), Is.Not.Empty.And.All.LessThan(strong.Edit.Size));
    }

    [Test]
    public void Nuisance_cases_shift_or_brighten_and_never_touch_the_print()
    {
        var edits = new PrintedStripesEdits(HeldOut);

        var cases = Gen.Sample(edits.Nuisance.Generator, 200);

        Assert.That(cases.Select(c => c.Edit), Is.All.InstanceOf<ShiftImage>().Or.InstanceOf<BrightenImage>());
        Assert.That(cases.Select(c => HeldOut.Prints.Steps[BaseIndex(c)] > 0).Distinct().Count(), Is.EqualTo(2), "printed and unprinted bases");
    }

    [Test]
    public void Class_edits_in_the_prints_world_toggle_the_print_as_their_nuisance()
    {
        var bases = EditBases.Printed(HeldOut);
        var edits = new ImageEdits(FashionConcepts.Footwear, bases, i => PrintEdits.Toggle(bases, HeldOut.Prints, i));

        var cases = Gen.Sample(edits.Nuisance.Generator, 100);

        foreach (EditCase<ExampleInput> c in cases)
        {
            int index = BaseIndex(c);
            bool printedBefore = HeldOut.Prints.Steps[index] > 0;
            Assert.That(c.Edit, printedBefore ? Is.InstanceOf<UnprintEdit>() : Is.InstanceOf<StripesEdit>(), c.Describe());
            ExampleInput expected = printedBefore ? bases.Unprinted(index) : new StripesEdit(((StripesEdit)c.Edit).Steps).Apply(bases.Unprinted(index));
            Assert.That(c.Edited(), Is.EqualTo(expected), "nothing else changes");
        }
    }

    [Test]
    public void The_prints_world_hands_out_edits_for_its_concepts_only()
    {
        Assert.That(World.Prints.EditsFor(PrintedStripes.Concept), Is.Not.Null);
        Assert.That(World.Prints.EditsFor(FashionConcepts.Footwear), Is.Not.Null);
        Assert.That(World.Prints.EditsFor("polka-dots"), Is.Null);
    }

    // "held-out image 17 (a sandal, unprinted, t10k #123)" → 17
    private static int BaseIndex(EditCase<ExampleInput> c) => int.Parse(c.BaseDescription.Split(' ')[2], System.Globalization.CultureInfo.InvariantCulture);
}
