using CodeWorld.Corpus;
using CodeWorld.Model;

namespace CodeWorld.Evaluation;

/// <summary>The tokens of one split: its documents' characters, in path order, end to end.</summary>
public static class SplitTokens
{
    /// <summary>The concatenated tokens of <paramref name="split"/>'s documents.</summary>
    public static byte[] Of(CodeCorpus corpus, CodeSplit split)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        return [.. corpus.Split(split).SelectMany(d => CharVocabulary.Encode(d.Text))];
    }

    /// <summary>
    /// The starts of <paramref name="count"/> windows of <paramref name="context"/> + 1 tokens spread evenly over
    /// <paramref name="tokens"/> tokens (fewer when the split is short): the same windows every time.
    /// </summary>
    public static int[] WindowStarts(int tokens, int context, int count)
    {
        int last = tokens - context - 1;
        if (last < 0)
        {
            return [];
        }

        int n = Math.Min(count, (last / context) + 1);
        return [.. Enumerable.Range(0, n).Select(k => n == 1 ? 0 : (int)((long)k * last / (n - 1)))];
    }
}
