using ClaimCheck.Evidence.Edits;
using ClaimCheck.Targets;
using CodeWorld.Audit;
using CodeWorld.Edits;
using NUnit.Framework;

namespace CodeWorld.Tests.Edits;

/// <summary>Counterparts for patching: the concept removed by the smallest confirmed edit, or the window itself.</summary>
public class CodeCounterpartsTests
{
    private const string Code = "def greet(name):\n    total = 0\n    for item in range(10):\n        total += item\n    message = 'hello wor";

    private static CodeEditConcept InString => CodeEditConcept.Named("in-string")!;

    [Test]
    public void A_window_inside_a_string_gets_one_without_it_that_keeps_its_length_and_labelled_character()
    {
        CodeWindow window = Windows.Tail(Code, 'l');
        CodeWindow counterpart = CodeCounterparts.Counterpart(window, InString, CodeEditFamilies.For(InString, EditKind.Remove));

        Assert.That(InString.IsPresent(window), Is.True);
        Assert.That(InString.IsPresent(counterpart), Is.False);
        Assert.That(counterpart.Context, Has.Length.EqualTo(CodeWindow.Length));
        Assert.That((counterpart.Labelled, counterpart.Next), Is.EqualTo((window.Labelled, window.Next)));
    }

    [Test]
    public void A_window_without_the_concept_is_its_own_counterpart()
    {
        CodeWindow window = Windows.Tail(Code[..^12], 'm');

        Assert.That(CodeCounterparts.Counterpart(window, InString, CodeEditFamilies.For(InString, EditKind.Remove)), Is.SameAs(window));
    }

    [Test]
    public void A_split_of_windows_pairs_one_for_one_and_other_concepts_or_examples_give_none()
    {
        var windows = new[] { Windows.Tail(Code, 'l'), Windows.Tail(Code[..^12], 'm') };
        float[] values = new float[windows.Length * CodeWindow.EncodedLength];
        for (int i = 0; i < windows.Length; i++)
        {
            windows[i].Encode(values.AsSpan(i * CodeWindow.EncodedLength, CodeWindow.EncodedLength));
        }

        var split = new DataSplit("held-out", SplitRole.HeldOut, values, [CodeWindow.EncodedLength]) { Documents = ["a.py", "b.py"] };
        DataSplit counterparts = CodeCounterparts.For(split, "in-string")!;

        Assert.That(counterparts.Count, Is.EqualTo(2));
        Assert.That(counterparts.Documents, Is.EqualTo(split.Documents));
        Assert.That(counterparts.Example(0).SequenceEqual(split.Example(0)), Is.False);
        Assert.That(counterparts.Example(1).SequenceEqual(split.Example(1)), Is.True);
        Assert.That(CodeCounterparts.For(split, "line-start"), Is.Null);
        Assert.That(CodeCounterparts.For(new DataSplit("v", SplitRole.HeldOut, new float[8], [4]), "in-string"), Is.Null);
    }
}
