using ClaimCheck.Data;
using ClaimCheck.Diagnostics;
using ClaimCheck.Targets;
using NUnit.Framework;

namespace ClaimCheck.Tests.Data;

/// <summary>A DataSplit from an npy inputs file and CSV label columns, with the two files' counts checked against each other.</summary>
public class SplitFilesTests
{
    [Test]
    public void Inputs_come_from_the_npy_file_and_labels_from_the_named_columns()
    {
        using var folder = new TempFolder();
        string inputs = folder.Write("inputs.npy", NpyBytes.Ramp(3, 2));
        string labels = folder.Write("labels.csv", "id,striped,curved\n0,1,false\n1,0,true\n2,1,true\n"u8.ToArray());

        DataSplit split = SplitFiles.Load("held-out", SplitRole.HeldOut, inputs, labels, "striped", "curved");

        Assert.That((split.Name, split.Role, split.Count), Is.EqualTo(("held-out", SplitRole.HeldOut, 3)));
        Assert.That(split.ExampleShape, Is.EqualTo(new long[] { 2 }));
        Assert.That(split.Example(2).ToArray(), Is.EqualTo(new float[] { 4, 5 }));
        Assert.That(split.Labels.Keys, Is.EquivalentTo(new[] { "striped", "curved" }));
        Assert.That(split.Labels["striped"], Is.EqualTo(new[] { true, false, true }));
        Assert.That(split.Labels["curved"], Is.EqualTo(new[] { false, true, true }));
    }

    [Test]
    public void Inputs_alone_make_a_split_without_labels()
    {
        using var folder = new TempFolder();
        string inputs = folder.Write("inputs.npy", NpyBytes.File(NpyBytes.Header("|u1", "(2, 1, 2, 2)"), [1, 2, 3, 4, 5, 6, 7, 8]));

        DataSplit split = SplitFiles.Load("discovery", SplitRole.Discovery, inputs);

        Assert.That((split.Count, split.Labels.Count), Is.EqualTo((2, 0)));
        Assert.That(split.ExampleShape, Is.EqualTo(new long[] { 1, 2, 2 }));
        Assert.That(split.Example(1).ToArray(), Is.EqualTo(new float[] { 5, 6, 7, 8 }));
    }

    [Test]
    public void Labels_for_another_number_of_examples_are_CLM5033()
    {
        using var folder = new TempFolder();
        string inputs = folder.Write("inputs.npy", NpyBytes.Ramp(3, 2));
        string labels = folder.Write("labels.csv", "striped\n1\n0\n"u8.ToArray());

        Diagnostic diagnostic = Assert.Throws<ClaimCheckException>(() => SplitFiles.Load("held-out", SplitRole.HeldOut, inputs, labels, "striped"))!.Diagnostic;

        Assert.That(diagnostic.Id, Is.EqualTo(DiagnosticIds.IdxCountMismatch));
        Assert.That(diagnostic.Message, Is.EqualTo($"{inputs} holds 3 examples but {labels} has 2 rows after its header; row i of the labels must belong to example i"));
    }

    [Test]
    public void Inputs_without_an_example_dimension_are_CLM5034()
    {
        using var folder = new TempFolder();
        string inputs = folder.Write("inputs.npy", NpyBytes.File(NpyBytes.Header("<f4", "(3,)"), NpyBytes.Floats(1, 2, 3)));

        Diagnostic diagnostic = Assert.Throws<ClaimCheckException>(() => SplitFiles.Load("held-out", SplitRole.HeldOut, inputs))!.Diagnostic;

        Assert.That(diagnostic.Id, Is.EqualTo(DiagnosticIds.IdxUnexpectedLayout));
        Assert.That(diagnostic.Message, Does.Contain("has shape [3], but inputs must be [count, ...]"));
    }
}
