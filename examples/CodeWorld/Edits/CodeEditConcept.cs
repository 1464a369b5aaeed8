using CodeWorld.Audit;
using CodeWorld.Lexing;

namespace CodeWorld.Edits;

/// <summary>
/// A concept that code-window edits add, remove or keep, as the lexer labels it at a window's labelled (last)
/// character. The window is lexed alone: an edit's effect is judged on the text the model reads.
/// </summary>
public sealed class CodeEditConcept
{
    private readonly Func<LexedText, int, bool> _isPresent;

    private CodeEditConcept(string name, string description, Func<LexedText, int, bool> isPresent)
    {
        Name = name;
        Description = description;
        _isPresent = isPresent;
    }

    /// <summary>The labelled character is part of a string literal (<see cref="LexedText.InString"/>).</summary>
    public static CodeEditConcept InString { get; } = new("in-string", "the labelled character is part of a string literal", (l, i) => l.InString(i));

    /// <summary>The labelled character is part of a comment (<see cref="LexedText.InComment"/>).</summary>
    public static CodeEditConcept InComment { get; } = new("in-comment", "the labelled character is part of a comment", (l, i) => l.InComment(i));

    /// <summary>At least one bracket pair encloses the labelled character (<see cref="LexedText.InBrackets"/>).</summary>
    public static CodeEditConcept InBrackets { get; } = new("in-brackets", "a bracket pair encloses the labelled character", (l, i) => l.InBrackets(i));

    /// <summary>The labelled character stands at column 60 or later (0-based) of its line (<see cref="LexedText.Columns"/>).</summary>
    public static CodeEditConcept BeyondColumn60 { get; } = new("beyond-column-60", "the labelled character stands at column 60 or later of its line", (l, i) => l.Columns[i] >= 60);

    /// <summary>Every concept with edits, by name.</summary>
    public static IReadOnlyList<CodeEditConcept> All { get; } = [InString, InComment, InBrackets, BeyondColumn60];

    /// <summary>The concept's name, as claims refer to it.</summary>
    public string Name { get; }

    /// <summary>The concept in words.</summary>
    public string Description { get; }

    /// <summary>The concept named <paramref name="name"/>, or null.</summary>
    public static CodeEditConcept? Named(string name) => All.FirstOrDefault(c => c.Name == name);

    /// <summary>Whether the concept holds at the labelled character of <paramref name="window"/>, lexed alone.</summary>
    public bool IsPresent(CodeWindow window)
    {
        ArgumentNullException.ThrowIfNull(window);
        return IsPresentAtEnd(PythonLexer.Lex(window.Context));
    }

    /// <summary>Whether the concept holds at <paramref name="position"/> of <paramref name="lexed"/> (a window, or a whole file).</summary>
    public bool IsPresentAt(LexedText lexed, int position)
    {
        ArgumentNullException.ThrowIfNull(lexed);
        return _isPresent(lexed, position);
    }

    /// <summary>Whether the concept holds at the last character of <paramref name="lexed"/>.</summary>
    public bool IsPresentAtEnd(LexedText lexed)
    {
        ArgumentNullException.ThrowIfNull(lexed);
        return lexed.Length > 0 && _isPresent(lexed, lexed.Length - 1);
    }

    /// <inheritdoc />
    public override string ToString() => Name;
}
