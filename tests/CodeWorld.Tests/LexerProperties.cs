using CodeWorld.Lexing;
using FsCheck;
using FsCheck.Fluent;
using NUnit.Framework;

namespace CodeWorld.Tests;

/// <summary>Properties of the lexer on generated Python (FsCheck, shrinking to a smallest failing text).</summary>
public class LexerProperties
{
    private static readonly Config Runs = Config.QuickThrowOnFailure.WithMaxTest(300);

    [Test]
    public void Whole_lines_lex_the_same_alone_and_concatenated()
    {
        // At the end of a whole line the lexer is at depth 0, outside any string: nothing carries over but the
        // indentation stack, so classes, depths and columns of a concatenation are those of its parts.
        Check.One(Runs, Prop.ForAll(Arb.From(Gen.Two(PythonSnippets.Lines)), pair =>
        {
            (string a, string b) = pair;
            LexedText whole = PythonLexer.Lex(a + b), first = PythonLexer.Lex(a), second = PythonLexer.Lex(b);
            return whole.Classes.SequenceEqual(first.Classes.Concat(second.Classes))
                && whole.BracketDepths.SequenceEqual(first.BracketDepths.Concat(second.BracketDepths))
                && whole.Columns.SequenceEqual(first.Columns.Concat(second.Columns));
        }));
    }

    [Test]
    public void A_string_literal_is_labelled_string_exactly_from_its_prefix_to_its_closing_quote()
    {
        Check.One(Runs, Prop.ForAll(Arb.From(PythonSnippets.StringLiteral), literal =>
        {
            string text = "x = " + literal + " + y\n";
            LexedText lexed = PythonLexer.Lex(text);
            int start = 4, end = 4 + literal.Length;
            string commented = "x = 1  # " + literal;
            LexedText comment = PythonLexer.Lex(commented);
            return Enumerable.Range(0, text.Length).All(i => lexed.InString(i) == (i >= start && i < end))
                && lexed.BracketDepths.All(d => d == 0)
                && (literal.Contains('\n', StringComparison.Ordinal) || Enumerable.Range(7, commented.Length - 7).All(comment.InComment));
        }));
    }

    [Test]
    public void A_comment_runs_from_its_hash_to_the_end_of_its_line()
    {
        Check.One(Runs, Prop.ForAll(Arb.From(Gen.Two(PythonSnippets.Comment)), pair =>
        {
            (string comment, string next) = pair;
            string text = "f(1)  " + comment + "\n" + next;
            LexedText lexed = PythonLexer.Lex(text);
            int newline = 6 + comment.Length;
            return Enumerable.Range(0, text.Length).All(i => lexed.InComment(i) == ((i >= 6 && i < newline) || i > newline))
                && lexed.IsLineStart(newline + 1);
        }));
    }

    [Test]
    public void Any_text_gets_one_label_set_per_character_and_never_throws()
    {
        Check.One(Runs, Prop.ForAll(Arb.From(PythonSnippets.AnyText), text =>
        {
            LexedText lexed = PythonLexer.Lex(text);
            return lexed.Classes.Count == text.Length
                && lexed.BracketDepths.Count == text.Length && lexed.BracketDepths.All(d => d >= 0)
                && lexed.IndentLevels.Count == text.Length && lexed.IndentLevels.All(l => l >= 0)
                && Enumerable.Range(0, text.Length).All(i => lexed.IsLineStart(i) == (i == 0 || text[i - 1] == '\n'))
                && Enumerable.Range(0, text.Length).All(i => !lexed.InComment(i) || (text[i] != '\n' && (text[i] == '#' ? true : i > 0 && lexed.InComment(i - 1))));
        }));
    }

    [Test]
    public void Labels_of_a_line_do_not_depend_on_the_lines_after_it()
    {
        // The lexer looks back, never forward past a line's end: a prefix of whole lines lexes as the start of the whole.
        Check.One(Runs, Prop.ForAll(Arb.From(Gen.Two(PythonSnippets.Lines)), pair =>
        {
            (string a, string b) = pair;
            LexedText whole = PythonLexer.Lex(a + b), first = PythonLexer.Lex(a);
            return whole.IndentLevels.Take(a.Length).SequenceEqual(first.IndentLevels);
        }));
    }
}
