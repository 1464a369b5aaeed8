using ClaimCheck.Evidence.Edits;
using ClaimCheck.Targets;
using FsCheck;
using FsCheck.Fluent;
using NUnit.Framework;

namespace ClaimCheck.Tests.Edits;

/// <summary>Cases are drawn at the size the settings give their index, one draw per case.</summary>
public class CaseSamplerTests
{
    private sealed record Nudge(int Size) : IEdit<int>
    {
        public int Apply(int input) => input + Size;

        public string Describe() => $"adds {Size}";
    }

    // A generator that records the size FsCheck hands it in the case, and counts its draws.
    private static Arbitrary<EditCase<int>> SizeRecorder(Action onDraw) =>
        Arb.From(
            Gen.Sized(size => Gen.Constant(size).Select(s =>
            {
                onDraw();
                return new EditCase<int>(0, "zero", s, new Nudge(1));
            })),
            _ => []);

    [TestCase(1)]
    [TestCase(37)]
    [TestCase(100)]
    public void A_case_is_drawn_at_the_size_asked_for(int size)
    {
        EditCase<int> drawn = CaseSampler.Draw(SizeRecorder(() => { }), seed: 5, EditKind.Add, index: 0, size);

        Assert.That(drawn.BaseSize, Is.EqualTo(size));
    }

    [Test]
    public void A_case_costs_one_draw_whatever_its_size()
    {
        int draws = 0;
        CaseSampler.Draw(SizeRecorder(() => draws++), seed: 5, EditKind.Add, index: 0, size: 60);

        Assert.That(draws, Is.EqualTo(1));
    }
}
