using CodeWorld.Audit;
using CodeWorld.Edits;
using CodeWorld.Edits.Families;
using CodeWorld.Lexing;
using NUnit.Framework;

namespace CodeWorld.Tests.Edits;

/// <summary>Edits of hand-written windows, their words and their marked windows, checked by hand.</summary>
public class CodeEditDescriptionTests
{
    // «n(argv):⏎    total = count_items(argv) + offset⏎    return tota⟨l⟩»
    private static readonly CodeWindow Return = Windows.Tail("import os\n\n\ndef main(argv):\n    total = count_items(argv) + offset\n    return total");

    // «    value = compute(argv)⏎    return value  # the result of com⟨p⟩»
    private static readonly CodeWindow Commented = Windows.Tail("import os\n\n\ndef main(argv):\n    value = compute(argv)\n    return value  # the result of comp");

    // «   value = compute(argv)⏎    result = [value, lookup(argv[0], d⟨e⟩»
    private static readonly CodeWindow Bracketed = Windows.Tail("import os\n\n\ndef main(argv):\n    value = compute(argv)\n    result = [value, lookup(argv[0], de");

    [Test]
    public void Opening_a_string_five_characters_before_the_labelled_character_puts_the_name_in_the_string()
    {
        CodeEdit edit = Candidate(new OpenString(), Return, e => e.Size == 5 && e.Splices[0].Inserted == "'");

        Assert.That(edit.Describe(), Is.EqualTo(
            "opens a string with ' 5 characters before the labelled character: «⟦−n⟧(argv):⏎    total = count_items(argv) + offset⏎    return ⟦+'⟧tota⟨l⟩»"));
        CodeWindow edited = edit.Apply(Return);
        Assert.That(edited.Context, Is.EqualTo("(argv):\n    total = count_items(argv) + offset\n    return 'total"));
        Assert.That(edited.Next, Is.EqualTo(Return.Next));
        Assert.That(CodeEditConcept.InString.IsPresent(Return), Is.False);
        Assert.That(CodeEditConcept.InString.IsPresent(edited), Is.True);
    }

    [Test]
    public void A_docstring_opened_in_the_window_is_closed_or_unopened_with_its_three_quotes()
    {
        // «s⏎⏎⏎def total(values):⏎    """Return the sum of the values in i⟨t⟩»: the opening quotes stand at 27..29.
        CodeWindow window = Windows.Tail("import os\n\n\ndef total(values):\n    \"\"\"Return the sum of the values in it");
        LexedText lexed = PythonLexer.Lex(window.Context);

        CodeEdit unopen = new DeleteOpeningQuote().Candidates(window, lexed).Single();
        CodeEdit close = new CloseString().Candidates(window, lexed).First();

        Assert.That(StringOpener.Of(lexed, 63), Is.EqualTo((27, "\"\"\"")));
        Assert.That(unopen.Describe(), Is.EqualTo(
            "deletes the opening \"\"\" of the string, 34 characters before the labelled character: «⟦+   ⟧s⏎⏎⏎def total(values):⏎    ⟦−\"\"\"⟧Return the sum of the values in i⟨t⟩»"));
        Assert.That(close.Describe(), Is.EqualTo(
            "closes the string with \"\"\" right before the labelled character: «⟦−s⏎⏎⟧⏎def total(values):⏎    \"\"\"Return the sum of the values in i⟦+\"\"\"⟧⟨t⟩»"));
        Assert.That(CodeEditConcept.InString.IsPresent(window), Is.True);
        Assert.That(CodeEditConcept.InString.IsPresent(unopen.Apply(window)), Is.False);
        Assert.That(CodeEditConcept.InString.IsPresent(close.Apply(window)), Is.False);
    }

    [Test]
    public void Deleting_the_hash_pads_the_window_s_start_and_ends_the_comment()
    {
        CodeEdit edit = Candidate(new DeleteHash(), Commented, _ => true);

        Assert.That(edit.Describe(), Is.EqualTo(
            "deletes the # that starts the comment, 19 characters before the labelled character: «⟦+ ⟧    value = compute(argv)⏎    return value  ⟦−#⟧ the result of com⟨p⟩»"));
        Assert.That(edit.Size, Is.EqualTo(19));
        Assert.That(edit.Apply(Commented).Context, Is.EqualTo("     value = compute(argv)\n    return value   the result of comp"));
        Assert.That(CodeEditConcept.InComment.IsPresent(edit.Apply(Commented)), Is.False);
    }

    [Test]
    public void Closing_brackets_closes_the_innermost_first()
    {
        CodeEdit edit = Candidate(new CloseBrackets(), Bracketed, e => e.Size == 2);

        Assert.That(edit.Describe(), Is.EqualTo(
            "closes the 2 open brackets with )] right before the labelled character: «⟦−  ⟧ value = compute(argv)⏎    result = [value, lookup(argv[0], d⟦+)]⟧⟨e⟩»"));
        Assert.That(CodeEditConcept.InBrackets.IsPresent(Bracketed), Is.True);
        Assert.That(CodeEditConcept.InBrackets.IsPresent(edit.Apply(Bracketed)), Is.False);
    }

    [Test]
    public void A_rename_changes_every_occurrence_and_its_size_counts_both_names()
    {
        CodeEdit edit = Candidate(new RenameIdentifier(), Commented, e => e.Action.StartsWith("renames value to x", StringComparison.Ordinal));

        Assert.That(edit.Describe(), Is.EqualTo(
            "renames value to x (2 times): «⟦+        ⟧    ⟦value→x⟧ = compute(argv)⏎    return ⟦value→x⟧  # the result of com⟨p⟩»"));
        Assert.That(edit.Size, Is.EqualTo(12));
        Assert.That(edit.Apply(Commented).Context, Is.EqualTo("            x = compute(argv)\n    return x  # the result of comp"));
    }

    [Test]
    public void No_rename_touches_the_name_the_labelled_character_is_in()
    {
        // The labelled "l" ends a cut "tota": "total" may be its name, so "total" is never renamed; "argv" is.
        var renamed = new RenameIdentifier().Candidates(Return, PythonLexer.Lex(Return.Context)).Select(e => e.Action).ToList();

        Assert.That(renamed, Has.None.Contains("renames total"));
        Assert.That(renamed, Has.Some.StartsWith("renames argv to x (2 times)"));
    }

    [Test]
    public void Column_edits_pad_join_or_break_the_labelled_character_s_line()
    {
        // «import os⏎    total = first_value + second_value + third_value_⟨x⟩»: x stands at column 53.
        CodeWindow window = Windows.Tail("import os\n    total = first_value + second_value + third_value_x");
        LexedText lexed = PythonLexer.Lex(window.Context);

        CodeEdit pad = new PadLine().Candidates(window, lexed).First();
        CodeEdit join = new JoinLine().Candidates(window, lexed).Single();
        CodeEdit breakLine = new BreakLine().Candidates(window, lexed).First();

        Assert.That(lexed.Columns[^1], Is.EqualTo(53));
        Assert.That(pad.Describe(), Is.EqualTo(
            "widens the spacing 13 characters before the labelled character by 7 spaces: «⟦−import ⟧os⏎    total = first_value + second_value + ⟦+       ⟧third_value_⟨x⟩»"));
        Assert.That(PythonLexer.Lex(pad.Apply(window).Context).Columns[^1], Is.EqualTo(60));
        Assert.That(join.Describe(), Is.EqualTo(
            "joins the labelled character's line to the line before (the newline 54 characters before the labelled character becomes a space): «import os⟦⏎→ ⟧    total = first_value + second_value + third_value_⟨x⟩»"));
        Assert.That(CodeEditConcept.BeyondColumn60.IsPresent(join.Apply(window)), Is.True);
        Assert.That(breakLine.Describe(), Is.EqualTo(
            "breaks the line with a continuation 13 characters before the labelled character: «⟦−im⟧port os⏎    total = first_value + second_value + ⟦+\\⏎⟧third_value_⟨x⟩»"));
        Assert.That(PythonLexer.Lex(breakLine.Apply(window).Context).Columns[^1], Is.EqualTo(12));
    }

    [Test]
    public void A_case_reads_edit_then_base_with_the_base_s_source_and_text()
    {
        var edits = new CodeConceptEdits(CodeEditConcept.InComment, [Commented, Return], "hand-written", documents: ["a.py", "b.py"]);
        EditCaseSample sample = EditCaseSample.FirstOf(edits.Remove);

        Assert.That(sample.Case.BaseDescription, Is.EqualTo("window 0 of hand-written (a.py) «    value = compute(argv)⏎    return value  # the result of com⟨p⟩»"));
        Assert.That(sample.Case.Describe(), Does.EndWith(" of " + sample.Case.BaseDescription));
        Assert.That(sample.Case.Describe(), Does.StartWith(((CodeEdit)sample.Case.Edit).Action + ": «"));
    }

    [Test]
    public void Control_characters_show_as_pictures_and_the_labelled_character_in_angle_brackets()
    {
        Assert.That(WindowText.Escape("a\tb\nc\r"), Is.EqualTo("a␉b⏎c␍"));
        Assert.That(WindowText.Plain("x = 1\n"), Is.EqualTo("«x = 1⟨⏎⟩»"));
        Assert.That(WindowText.Marked("abcdef", [new WindowSplice(2, "c", "XY")], 1), Is.EqualTo("«⟦−a⟧b⟦c→XY⟧de⟨f⟩»"));
    }

    [Test]
    public void An_edit_applied_to_another_window_is_refused()
    {
        CodeEdit edit = Candidate(new DeleteHash(), Commented, _ => true);

        Assert.That(() => edit.Apply(Return), Throws.ArgumentException.With.Message.Contains("made for another window"));
    }

    [Test]
    public void Splices_that_touch_the_labelled_character_or_do_not_match_make_no_edit()
    {
        Assert.That(CodeEdit.Create("test", "x", 1, Return, WindowSplice.Delete(63, "l")), Is.Null);
        Assert.That(CodeEdit.Create("test", "x", 1, Return, WindowSplice.Delete(10, "zz")), Is.Null);
        Assert.That(CodeEdit.Create("test", "x", 1, Return, WindowSplice.Insert(0, "abc")), Is.Null, "its own insertion would be pushed out");
        Assert.That(CodeEdit.Create("test", "x", 1, Return, WindowSplice.Insert(5, "ab"), WindowSplice.Insert(3, "c")), Is.Null, "out of order");
    }

    private static CodeEdit Candidate(CodeEditFamily family, CodeWindow window, Func<CodeEdit, bool> which) =>
        family.Candidates(window, PythonLexer.Lex(window.Context)).First(which);
}
