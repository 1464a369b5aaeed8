using CodeWorld.Lexing;
using NUnit.Framework;

namespace CodeWorld.Tests;

/// <summary>Hand-written cases: each pins one rule of the lexer to the exact characters it labels.</summary>
public class LexerTests
{
    /// <summary>
    /// The class of every character, one letter each: S string, C comment, N name, K keyword, D number, '.' other
    /// (what the parity test's Python script writes).
    /// </summary>
    internal static string ClassString(LexedText lexed) => new([.. lexed.Classes.Select(Letter)]);

    internal static char Letter(CharClass kind) => kind switch
    {
        CharClass.StringLiteral => 'S',
        CharClass.Comment => 'C',
        CharClass.Identifier => 'N',
        CharClass.Keyword => 'K',
        CharClass.Number => 'D',
        _ => '.',
    };

    private static string Classes(string text) => ClassString(PythonLexer.Lex(text));

    private static string Depths(string text) => new([.. PythonLexer.Lex(text).BracketDepths.Select(d => (char)('0' + d))]);

    [TestCase("x = 'a'", "N...SSS")]
    [TestCase("x = \"a\\\"b\"", "N...SSSSSS")]
    [TestCase("s = r'\\'' + b'x'", "N...SSSSS...SSSS")]
    [TestCase("f'{x}' rb\"y\" BR'z' Rf'w'", "SSSSSS.SSSSS.SSSSS.SSSSS")]
    [TestCase("ur'x'", "NNSSS")]
    [TestCase("print('#' ) # c", "NNNNN.SSS...CCC")]
    [TestCase("'''a\n'b'\n''' x", "SSSSSSSSSSSS.N")]
    [TestCase("\"\"\"\"\"\"x", "SSSSSSN")]
    [TestCase("'a\\\nb' c", "SSSSSS.N")]
    [TestCase("'open\nx", "SSSSS.N")]
    [TestCase("if x is not None: pass", "KK.N.KK.KKK.KKKK..KKKK")]
    [TestCase("match = case_ = _", "NNNNN...NNNNN...N")]
    [TestCase("x1 = 0x1F + 1_000.5e-3j - .5 + 0o17 + 0b10 + 1.", "NN...DDDD...DDDDDDDDDDD...DD...DDDD...DDDD...DD")]
    [TestCase("1if x else 2", "DKK.N.KKKK.D")]
    [TestCase("a.b(1)", "N.N.D.")]
    [TestCase("# only a comment\n", "CCCCCCCCCCCCCCCC.")]
    [TestCase("x = 'é' # ü", "N...SSS.CCC")]
    [TestCase("x(  # (\n  y)\nz", "N...CCC...N..N")]
    public void Classes_are_exact(string text, string expected) => Assert.That(Classes(text), Is.EqualTo(expected));

    [TestCase("f(x)", "0111")]
    [TestCase("a[b[c]]", "0112221")]
    [TestCase("{'(': 1}", "11111111")]
    [TestCase("x(  # (\n  y)\nz", "01111111111100")]
    [TestCase("print('#' ) # c", "000001111110000")]
    public void Bracket_depth_counts_only_code_brackets_and_the_brackets_are_inside(string text, string expected) =>
        Assert.That(Depths(text), Is.EqualTo(expected));

    [Test]
    public void An_unmatched_closing_bracket_never_takes_the_depth_below_zero()
    {
        LexedText lexed = PythonLexer.Lex(")) x (");

        Assert.That(lexed.BracketDepths, Is.EqualTo(new[] { 0, 0, 0, 0, 0, 1 }));
    }

    [Test]
    public void Columns_count_from_each_line_start()
    {
        LexedText lexed = PythonLexer.Lex("ab\ncde\n\nf");

        Assert.That(lexed.Columns, Is.EqualTo(new[] { 0, 1, 2, 0, 1, 2, 3, 0, 0 }));
        Assert.That(Enumerable.Range(0, lexed.Length).Where(lexed.IsLineStart), Is.EqualTo(new[] { 0, 3, 7, 8 }));
    }

    [Test]
    public void Indentation_levels_follow_the_tokenizers_stack()
    {
        const string text = "def f(a,\n        b):\n    if a:\n        return '''x\ny'''\n\n# c\n    return b\nz = 1\n";
        LexedText lexed = PythonLexer.Lex(text);

        int LevelAt(string fragment) => lexed.IndentLevels[text.IndexOf(fragment, StringComparison.Ordinal)];
        Assert.Multiple(() =>
        {
            Assert.That(LevelAt("def"), Is.Zero);
            Assert.That(LevelAt("b):"), Is.Zero, "a continuation line inside brackets keeps its logical line's level");
            Assert.That(LevelAt("if a"), Is.EqualTo(1));
            Assert.That(LevelAt("return '''"), Is.EqualTo(2));
            Assert.That(LevelAt("y'''"), Is.EqualTo(2), "a triple-quoted string's later lines keep the level");
            Assert.That(LevelAt("# c"), Is.EqualTo(2), "a comment-only line keeps the level of the line before it");
            Assert.That(LevelAt("return b"), Is.EqualTo(1));
            Assert.That(LevelAt("z = 1"), Is.Zero);
        });
    }

    [Test]
    public void A_backslash_continuation_keeps_the_logical_line()
    {
        const string text = "if True:\n    x = 1 + \\\n2\n    y = 3\n";
        LexedText lexed = PythonLexer.Lex(text);

        Assert.That(lexed.IndentLevels[text.IndexOf("2\n", StringComparison.Ordinal)], Is.EqualTo(1));
        Assert.That(lexed.IndentLevels[text.IndexOf('y', StringComparison.Ordinal)], Is.EqualTo(1));
    }

    [Test]
    public void Tabs_indent_to_the_next_multiple_of_eight()
    {
        const string text = "if a:\n\tif b:\n\t    c\n\t\td\n";
        LexedText lexed = PythonLexer.Lex(text);

        Assert.That(lexed.IndentLevels[text.IndexOf('c', StringComparison.Ordinal)], Is.EqualTo(2));
        Assert.That(lexed.IndentLevels[text.IndexOf('d', StringComparison.Ordinal)], Is.EqualTo(3), "two tabs (column 16) are deeper than a tab and four spaces (12)");
    }

    [Test]
    public void Digits_are_digits_wherever_they_stand()
    {
        LexedText lexed = PythonLexer.Lex("x1 = '2' # 3");

        Assert.That(Enumerable.Range(0, lexed.Length).Where(lexed.IsDigit), Is.EqualTo(new[] { 1, 6, 11 }));
        Assert.That(lexed.InIdentifier(1) && lexed.InString(6) && lexed.InComment(11));
    }

    [Test]
    public void The_empty_text_has_no_labels()
    {
        LexedText lexed = PythonLexer.Lex(string.Empty);

        Assert.That(lexed.Length, Is.Zero);
        Assert.That(lexed.Classes, Is.Empty);
    }
}
