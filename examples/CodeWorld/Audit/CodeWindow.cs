using CodeWorld.Model;

namespace CodeWorld.Audit;

/// <summary>
/// One example of a token-level claim on the code world: the <see cref="Length"/> characters the model reads, ending at
/// the labelled character, and the character that follows it (so a readout can score the true next character).
/// A causal model's activation at a window's last position is what it computes at that character of the file when it
/// reads that window, so claims read layers at the last position (<c>Reduction.Last</c>) and the window's own
/// characters are all an edit may change.
/// </summary>
/// <param name="Context">The characters the model reads, exactly <see cref="Length"/> of them; the last is labelled.</param>
/// <param name="Next">The character after the labelled one.</param>
public sealed record CodeWindow(string Context, char Next)
{
    /// <summary>Characters the model reads per example (the model's context is 128; 64 keeps passes cheap).</summary>
    public const int Length = 64;

    /// <summary>Floats per encoded example: the context's tokens, then the next character's token.</summary>
    public const int EncodedLength = Length + 1;

    /// <summary>The shape of one encoded example, as splits and edit encoders declare it.</summary>
    public static IReadOnlyList<long> ExampleShape { get; } = [EncodedLength];

    /// <summary>The labelled character: the context's last.</summary>
    public char Labelled => Context[^1];

    /// <summary>Writes the tokens of <see cref="Context"/> and <see cref="Next"/> as floats.</summary>
    public void Encode(Span<float> destination)
    {
        if (Context.Length != Length)
        {
            throw new ArgumentException($"a code window holds {Length} characters; this one holds {Context.Length}", nameof(destination));
        }

        if (destination.Length != EncodedLength)
        {
            throw new ArgumentException($"an encoded code window takes {EncodedLength} floats, not {destination.Length}", nameof(destination));
        }

        for (int i = 0; i < Length; i++)
        {
            destination[i] = CharVocabulary.TokenOf(Context[i]);
        }

        destination[Length] = CharVocabulary.TokenOf(Next);
    }

    /// <summary>The window an encoded example holds (characters outside the vocabulary read as U+FFFD).</summary>
    public static CodeWindow Decode(ReadOnlySpan<float> encoded)
    {
        if (encoded.Length != EncodedLength)
        {
            throw new ArgumentException($"an encoded code window takes {EncodedLength} floats, not {encoded.Length}", nameof(encoded));
        }

        var context = new char[Length];
        for (int i = 0; i < Length; i++)
        {
            context[i] = CharVocabulary.CharOf((int)encoded[i]);
        }

        return new CodeWindow(new string(context), CharVocabulary.CharOf((int)encoded[Length]));
    }
}
