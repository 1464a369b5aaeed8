using CodeWorld.Evaluation;
using NUnit.Framework;

namespace CodeWorld.Tests;

/// <summary>The measurement behind the bits-per-character figures: the windows and the unigram baseline, on known values.</summary>
public class EvaluationTests
{
    [Test]
    public void Windows_are_spread_evenly_from_the_start_to_the_last_full_window()
    {
        Assert.That(SplitTokens.WindowStarts(tokens: 1001, context: 100, count: 5), Is.EqualTo(new[] { 0, 225, 450, 675, 900 }));
        Assert.That(SplitTokens.WindowStarts(tokens: 1001, context: 100, count: 50), Has.Length.EqualTo(10), "no more windows than fit side by side");
        Assert.That(SplitTokens.WindowStarts(tokens: 101, context: 100, count: 5), Is.EqualTo(new[] { 0 }));
        Assert.That(SplitTokens.WindowStarts(tokens: 100, context: 100, count: 5), Is.Empty);
    }

    [Test]
    public void The_unigram_baseline_is_the_cross_entropy_of_the_smoothed_frequencies()
    {
        // Training tokens: six 0s and two 1s over a vocabulary of 2; add-one gives p(0) = 7/10, p(1) = 3/10.
        var unigram = new UnigramModel(new byte[] { 0, 0, 0, 0, 0, 0, 1, 1 }, vocabulary: 2);
        byte[] evaluated = [9, 0, 1, 0, 1];

        // One window of context 4 starting at 0 predicts tokens 1..4: 0, 1, 0, 1.
        double expected = -(2 * Math.Log2(0.7) + 2 * Math.Log2(0.3)) / 4;
        Assert.That(unigram.BitsPerCharacter(evaluated, [0], context: 4), Is.EqualTo(expected).Within(1e-12));
    }
}
