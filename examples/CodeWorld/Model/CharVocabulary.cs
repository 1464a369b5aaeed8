namespace CodeWorld.Model;

/// <summary>
/// The model's vocabulary: one token per printable ASCII character (space to <c>~</c>), one for the newline and one
/// for everything else (tabs, form feeds, non-ASCII characters), 97 tokens in all. One character is one token, so a
/// token's position is its character's position and the lexer's labels apply to tokens as they are.
/// </summary>
public static class CharVocabulary
{
    /// <summary>The token of every character outside the vocabulary.</summary>
    public const int Unknown = 0;

    /// <summary>The token of <c>'\n'</c>.</summary>
    public const int Newline = 1;

    /// <summary>Tokens in the vocabulary.</summary>
    public const int Size = 2 + ('~' - ' ' + 1);

    /// <summary>The token of a character.</summary>
    public static int TokenOf(char c) => c switch
    {
        '\n' => Newline,
        >= ' ' and <= '~' => 2 + (c - ' '),
        _ => Unknown,
    };

    /// <summary>The character of a token; <see cref="Unknown"/> reads as U+FFFD.</summary>
    public static char CharOf(int token) => token switch
    {
        Newline => '\n',
        >= 2 and < Size => (char)(' ' + token - 2),
        _ => '\uFFFD',
    };

    /// <summary>The tokens of a text, one per character.</summary>
    public static byte[] Encode(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new byte[text.Length];
        for (int i = 0; i < text.Length; i++)
        {
            tokens[i] = (byte)TokenOf(text[i]);
        }

        return tokens;
    }
}
