using ClaimCheck.Claims;
using ClaimCheck.Diagnostics;
using ClaimCheck.Evidence.Edits;
using ClaimCheck.Running;
using ClaimCheck.Targets;
using ClaimCheck.Tests.Fixtures;
using ClaimCheck.Verdicts;
using NUnit.Framework;

namespace ClaimCheck.Tests.Edits;

/// <summary>The planted target with its edits of concept "a", on inputs of any shape.</summary>
public sealed class PlantedEditsTarget(PlantedTarget.Options options) : PlantedTarget(options)
{
    public override ConceptEditSource? EditsFor(string concept)
    {
        if (concept != "a")
        {
            return null;
        }

        var edits = new PlantedEdits(this);
        return ConceptEditSource.Create<Vec>(edits, edits);
    }
}

/// <summary>
/// Targeted edits on inputs that are not images (a vector [16], a sequence [4, 4]): a counterexample is found,
/// described in words, and no picture is drawn, where drawing one used to throw and take the claim down.
/// </summary>
public class NonImageEditTests
{
    // Unit 1 reads a + b: nudging b (a nuisance of concept a) moves it, so the nuisance kind finds a counterexample.
    private static readonly ClaimDefinition PolysemanticWithEdits = PlantedClaim.Unit(1).WithEdits(EditSettings.Default with { Cases = 40 });

    [TestCase(new long[] { 16 })]
    [TestCase(new long[] { 4, 4 })]
    public void A_counterexample_on_inputs_that_are_not_images_is_given_in_words_without_a_picture(long[] shape)
    {
        using var target = new PlantedEditsTarget(new PlantedTarget.Options { ExampleShape = shape });

        ClaimResult result = ClaimRunner.Run(target, PolysemanticWithEdits);

        Assert.That(result.Diagnostics.Select(d => d.Id), Has.No.Member(DiagnosticIds.EvaluationThrew), string.Join("\n", result.Diagnostics));
        Assert.That(result.Diagnostics.Select(d => d.Id), Does.Contain(DiagnosticIds.NuisanceEditsMoveSubject));
        Assert.That(result.Verdict, Is.Not.EqualTo(Verdict.Holds));
        EditCounterexample counterexample = result.Edits!.Evidence.For(EditKind.Nuisance)!.Counterexample!;
        Assert.That(counterexample.Description, Does.Contain("to component 1 of a held-out input"));
        Assert.That(counterexample.Summary, Does.Contain("unit 1 of layer").And.Contain("a nuisance edit may move it by at most"));
        Assert.That(result.Edits.Pictures, Is.Empty);
    }

    [TestCase(new long[] { 16 }, false)]
    [TestCase(new long[] { 10, 8 }, false)]
    [TestCase(new long[] { 2, 4, 4 }, false)]
    [TestCase(new long[] { 1, 28, 28 }, true)]
    [TestCase(new long[] { 3, 32, 32 }, true)]
    public void Only_channel_first_gray_or_RGB_shapes_are_drawn_as_pictures_by_default(long[] shape, bool image)
    {
        Assert.That(EditPicture.IsImageShape(shape), Is.EqualTo(image));
    }

    [Test]
    public void An_encoder_of_images_still_gets_its_pictures()
    {
        var edits = new ImageShapedEdits();
        var minimal = new Dictionary<EditKind, EditCase<Vec>>
        {
            [EditKind.Add] = new(new Vec(new float[4]), "a dark 2×2 image", 0, new SetA(1)),
        };

        IReadOnlyDictionary<EditKind, PixelImage> pictures = EditPicture.ForImages(minimal, edits);

        // Two 2×2 images enlarged 8 times, with a gap of 4 between them.
        Assert.That((pictures[EditKind.Add].Width, pictures[EditKind.Add].Height), Is.EqualTo((2 * 2 * 8 + 4, 2 * 8)));
    }

    /// <summary>An encoder of [1, 2, 2] images.</summary>
    private sealed class ImageShapedEdits : IInputEncoder<Vec>
    {
        public IReadOnlyList<long> ExampleShape { get; } = [1, 2, 2];

        public void Encode(Vec input, Span<float> destination) => input.Values.CopyTo(destination);
    }
}
