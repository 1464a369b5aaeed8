using ClaimCheck.Capture;
using ClaimCheck.Claims;
using ClaimCheck.Targets;

namespace ClaimCheck.Evidence.HeldOut;

/// <summary>
/// Picks a split's examples worth reading token by token and scores the subject at every position of each: the
/// highest-scoring examples (what the subject fires for) and the concept's examples it scores lowest (what it misses).
/// Only for targets that give their examples' tokens; one extra forward pass over the few examples shown.
/// </summary>
internal static class TokenExamples
{
    /// <summary>Examples among the highest-scoring shown; enough to see a pattern, few enough to read.</summary>
    private const int Top = 6;

    /// <summary>The concept's lowest-scoring examples shown.</summary>
    private const int Missed = 4;

    /// <summary>The examples, or none when the target gives no tokens for the split or their count is not the layer's positions.</summary>
    public static IReadOnlyList<TokenExample> Pick(AuditTarget target, Subject subject, DataSplit split, double[] scores, bool[] labels)
    {
        if (split.Count == 0 || target.TokensOf(split, 0) is null)
        {
            return [];
        }

        // Highest first, equal scores in split order, so the picture does not depend on how a sort treats ties.
        int[] top = [.. Enumerable.Range(0, scores.Length).OrderByDescending(i => scores[i]).ThenBy(i => i).Take(Top)];
        int[] missed = [.. Enumerable.Range(0, scores.Length).Where(i => labels[i] && !top.Contains(i)).OrderBy(i => scores[i]).ThenBy(i => i).Take(Missed)];
        int[] shown = [.. top, .. missed];

        float[] values = [.. shown.SelectMany(i => split.Example(i).ToArray())];
        (ActivationMatrix rows, int positions) = InputCapture.RunPositions(target, subject.Layer, values, split.ExampleShape);
        double[] perPosition = SubjectScorer.Score(subject, rows, target);

        var examples = new List<TokenExample>();
        for (int k = 0; k < shown.Length; k++)
        {
            int index = shown[k];
            IReadOnlyList<string>? tokens = target.TokensOf(split, index);
            if (tokens is null || tokens.Count != positions)
            {
                // Tokens that do not line up with the layer's positions would colour the wrong text: show nothing.
                return [];
            }

            examples.Add(new TokenExample(
                k < top.Length ? "top" : "missed",
                index,
                split.Documents?[index],
                labels[index],
                scores[index],
                tokens,
                perPosition.AsSpan(k * positions, positions).ToArray()));
        }

        return examples;
    }
}
