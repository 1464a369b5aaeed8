using ClaimCheck.Diagnostics;
using ClaimCheck.Evidence.Edits;
using ClaimCheck.Targets;
using CodeWorld.Audit;
using CodeWorld.Edits;
using NUnit.Framework;

namespace CodeWorld.Tests.Edits;

/// <summary>The factory an audit target uses, the encoder, and which windows bases may be.</summary>
public class CodeEditsFactoryTests
{
    [Test]
    public void The_encoder_writes_the_window_s_tokens_and_is_not_an_image()
    {
        CodeWindow window = Windows.Tail(new string('x', 60) + "abcd", next: 'e');
        var encoded = new float[CodeWindow.EncodedLength];
        var expected = new float[CodeWindow.EncodedLength];
        CodeEdits.Encoder.Encode(window, encoded);
        window.Encode(expected);

        Assert.That(encoded, Is.EqualTo(expected));
        Assert.That(CodeEdits.Encoder.ExampleShape, Is.EqualTo(new long[] { CodeWindow.EncodedLength }));
        Assert.That(CodeEdits.Encoder.IsImage, Is.False);
    }

    [Test]
    public void Edits_over_a_held_out_split_take_its_labels_and_name_its_documents()
    {
        DataSplit split = Split(HeldOutWindows.Windows.Take(400).ToArray(), HeldOutWindows.Documents.Take(400).ToArray(),
            CodeEditConcept.InString, HeldOutWindows.FileLabels(CodeEditConcept.InString).Take(400).ToArray());

        IConceptEdits<CodeWindow> edits = CodeEdits.For("in-string", split);
        EditCase<CodeWindow> sample = EditCaseSample.FirstOf(edits.Add).Case;

        Assert.That(edits.Concept, Is.EqualTo("in-string"));
        Assert.That(sample.BaseDescription, Does.StartWith("window ").And.Contains(" of held-out (/usr/lib/python3.11/"));
        Assert.That(HeldOutWindows.Windows.Take(400), Does.Contain(sample.Base));
        Assert.That(((CodeConceptEdits)edits).BasesLeftOut, Is.EqualTo(new CodeConceptEdits(
            CodeEditConcept.InString, HeldOutWindows.Windows.Take(400).ToArray(), "held-out", HeldOutWindows.FileLabels(CodeEditConcept.InString).Take(400).ToArray()).BasesLeftOut));
    }

    [Test]
    public void A_window_whose_file_label_differs_from_its_label_alone_is_left_out()
    {
        // Inside a docstring opened before the window: its file says in-string, the window alone does not.
        CodeWindow docstringBody = Windows.Tail("    and the rest of the text explains what the function does and wh");
        CodeWindow code = Windows.Tail("import os\n\n\ndef main(argv):\n    total = count_items(argv) + offset\n    return total");
        CodeWindow literal = Windows.Tail("import os\n\n\ndef main(argv):\n    name = 'x'\n    print(name)\n    msg = 'hello wor");

        var edits = new CodeConceptEdits(CodeEditConcept.InString, [docstringBody, code, literal], "hand-written", fileLabels: [true, false, true]);

        Assert.That((edits.BasesLeftOut, edits.BasesWith, edits.BasesWithout), Is.EqualTo((1, 1, 1)));
        Assert.That(EditCaseSample.FirstOf(edits.Add).Case.Base, Is.EqualTo(code));
        Assert.That(EditCaseSample.FirstOf(edits.Remove).Case.Base, Is.EqualTo(literal));
    }

    [Test]
    public void Held_out_windows_that_disagree_with_their_file_are_a_minority()
    {
        foreach (CodeEditConcept concept in CodeEditConcept.All)
        {
            CodeConceptEdits edits = HeldOutWindows.EditsOf(concept);
            int total = edits.BasesLeftOut + edits.BasesWith + edits.BasesWithout;
            TestContext.Out.WriteLine($"{concept}: {total} windows, {edits.BasesWith} with, {edits.BasesWithout} without, {edits.BasesLeftOut} left out");
            Assert.That(edits.BasesLeftOut, Is.LessThan(total / 4), concept.Name);
            Assert.That(edits.BasesWith, Is.GreaterThan(30), concept.Name);
        }
    }

    [Test]
    public void A_target_hands_out_a_source_for_each_concept_with_edits_and_none_for_others()
    {
        string[] names = [.. CodeEditConcept.All.Select(c => c.Name)];
        var labels = names.ToDictionary(n => n, n => HeldOutWindows.FileLabels(CodeEditConcept.Named(n)!).Take(400).ToArray());
        DataSplit split = Split([.. HeldOutWindows.Windows.Take(400)], null, null, null);
        split = new DataSplit(split.Name, split.Role, split.Values.ToArray(), [.. split.ExampleShape], labels);

        Assert.That(names.Select(n => CodeEdits.SourceFor(n, split)), Is.All.Not.Null);
        Assert.That(CodeEdits.SourceFor("in-number", split), Is.Null);
    }

    [Test]
    public void A_concept_without_edits_is_CLM5008()
    {
        DataSplit split = Split([.. HeldOutWindows.Windows.Take(10)], null, null, null);

        var e = Assert.Throws<ClaimCheckException>(() => CodeEdits.For("in-docstring", split));
        Assert.That(e!.Diagnostic.Id, Is.EqualTo(DiagnosticIds.UnknownConcept));
        Assert.That(e.Message, Does.Contain("in-string, in-comment, in-brackets, beyond-column-60"));
    }

    [Test]
    public void A_split_without_windows_with_the_concept_is_CLM5006()
    {
        CodeWindow code = Windows.Tail("import os\n\n\ndef main(argv):\n    total = count_items(argv) + offset\n    return total");
        DataSplit split = Split([code, code], null, null, null);

        var e = Assert.Throws<ClaimCheckException>(() => CodeEdits.For("in-comment", split));
        Assert.That(e!.Diagnostic.Id, Is.EqualTo(DiagnosticIds.ConceptWithoutContrast));
    }

    [Test]
    public void A_split_of_other_examples_is_refused_with_a_diagnostic()
    {
        var split = new DataSplit("held-out", SplitRole.HeldOut, new float[2 * 32], [32]);

        var e = Assert.Throws<ClaimCheckException>(() => CodeEdits.For("in-string", split));
        Assert.That(e!.Diagnostic.Id, Is.EqualTo(DiagnosticIds.ModelRejectedInput));
    }

    private static DataSplit Split(CodeWindow[] windows, string[]? documents, CodeEditConcept? concept, bool[]? labels)
    {
        var values = new float[windows.Length * CodeWindow.EncodedLength];
        for (int i = 0; i < windows.Length; i++)
        {
            windows[i].Encode(values.AsSpan(i * CodeWindow.EncodedLength, CodeWindow.EncodedLength));
        }

        var shipped = concept is null || labels is null ? null : new Dictionary<string, bool[]> { [concept.Name] = labels };
        return new DataSplit("held-out", SplitRole.HeldOut, values, [CodeWindow.EncodedLength], shipped) { Documents = documents };
    }
}
