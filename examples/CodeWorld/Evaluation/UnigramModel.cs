namespace CodeWorld.Evaluation;

/// <summary>
/// The baseline: every character drawn independently from the training split's character frequencies (add-one
/// smoothed over the vocabulary, so no character has probability 0). Its bits per character is the entropy a model
/// that ignores context cannot beat.
/// </summary>
public sealed class UnigramModel
{
    private readonly double[] _log2Probabilities;

    /// <summary>Fits the frequencies of <paramref name="tokens"/> over a vocabulary of <paramref name="vocabulary"/> tokens.</summary>
    public UnigramModel(ReadOnlySpan<byte> tokens, int vocabulary)
    {
        var counts = new long[vocabulary];
        foreach (byte token in tokens)
        {
            counts[token]++;
        }

        double total = tokens.Length + vocabulary;
        _log2Probabilities = [.. counts.Select(c => Math.Log2((c + 1) / total))];
    }

    /// <summary>Mean bits per character of the targets of the windows at <paramref name="starts"/> (positions start+1 … start+context).</summary>
    public double BitsPerCharacter(ReadOnlySpan<byte> tokens, IReadOnlyList<int> starts, int context)
    {
        ArgumentNullException.ThrowIfNull(starts);
        double bits = 0;
        foreach (int start in starts)
        {
            for (int t = start + 1; t <= start + context; t++)
            {
                bits -= _log2Probabilities[tokens[t]];
            }
        }

        return bits / ((double)starts.Count * context);
    }
}
