using ClaimCheck.Capture;
using ClaimCheck.Claims;
using ClaimCheck.Evidence.HeldOut;
using ClaimCheck.Targets;
using NUnit.Framework;
using TorchSharp.Modules;

namespace ClaimCheck.Tests.Sequences;

/// <summary>Held-out evidence of a target that gives its tokens shows examples token by token, scored at every position.</summary>
public class TokenExamplesTests
{
    private static readonly string[] Tokens = ["a", "b", "<", "\n", "e"];

    [Test]
    public void Top_examples_come_highest_first_and_their_last_token_carries_the_claims_score()
    {
        SplitScore score = Measure((_, _) => Tokens);
        TokenExample[] top = [.. score.TokenExamples.Where(e => e.Kind == "top")];

        Assert.That(top, Has.Length.EqualTo(6));
        Assert.That(top.Select(e => e.Score), Is.Ordered.Descending);
        Assert.Multiple(() =>
        {
            foreach (TokenExample example in score.TokenExamples)
            {
                // The claim reads the last position (Reduction.Last): the per-position scores must agree with it there.
                Assert.That(example.Activations, Has.Count.EqualTo(SequenceTwins.Positions));
                Assert.That(example.Activations[^1], Is.EqualTo(example.Score).Within(1e-6));
                Assert.That(example.Tokens, Is.EqualTo(Tokens));
                Assert.That(example.Document, Is.EqualTo($"doc{example.Index / 10}"));
            }
        });
    }

    [Test]
    public void Missed_examples_carry_the_concept_and_score_lowest()
    {
        SplitScore score = Measure((_, _) => Tokens);
        TokenExample[] missed = [.. score.TokenExamples.Where(e => e.Kind == "missed")];

        Assert.That(missed, Has.Length.EqualTo(4));
        Assert.That(missed.All(e => e.Concept), Is.True);
        Assert.That(missed.Select(e => e.Score), Is.Ordered.Ascending);
        Assert.That(missed[^1].Score, Is.LessThan(score.TokenExamples.Where(e => e.Kind == "top").Min(e => e.Score)));
    }

    [Test]
    public void A_target_without_tokens_shows_none()
    {
        Assert.That(Measure(tokens: null).TokenExamples, Is.Empty);
    }

    [Test]
    public void Tokens_that_do_not_line_up_with_the_positions_show_none_rather_than_colour_the_wrong_text()
    {
        Assert.That(Measure((_, _) => ["a", "b"]).TokenExamples, Is.Empty);
    }

    private static SplitScore Measure(Func<DataSplit, int, IReadOnlyList<string>?>? tokens)
    {
        (Sequential model, Sequential twin) = SequenceTwins.Models();
        twin.Dispose();
        DataSplit split = SequenceTwins.Split("held-out", SplitRole.HeldOut, 400, 5, perDocument: 10);
        AuditTargetBuilder builder = SequenceTwins.Builder(model, LayerLayout.UnitsLast, split);
        using AuditTarget target = (tokens is null ? builder : builder.WithTokens(tokens)).Create();
        var claim = new ClaimDefinition { Id = "t", Text = "unit 0 means a", Subject = new UnitSubject("layer", 0, Reduction.Last), Concept = "a", Seed = 7 };
        return HeldOutCheck.Measure(target, claim, new HeldOutSettings()).HeldOut[0];
    }
}
