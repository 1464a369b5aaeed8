using ClaimCheck.Evidence.Edits;
using ClaimCheck.Evidence.Edits.ReadyMade;
using ClaimCheck.NUnit;
using ClaimCheck.Readouts;
using ClaimCheck.Targets;
using ClaimCheck.Tests.BuiltTargets;
using FsCheck.Fluent;
using NUnit.Framework;
using static TorchSharp.torch;

namespace ClaimCheck.Tests.Docs;

// begin snippet
public class MyModelClaims
{
    private AuditTarget _target = null!;

    [OneTimeSetUp]
    public void BuildTarget()
    {
        // One labelled set of examples (16 features each), cut by document: no document lands in two splits.
        var pool = new ExamplePool(MyData.Values, exampleShape: [16], labels: new Dictionary<string, bool[]> { ["a"] = MyData.LabelsOfA });
        IReadOnlyList<DataSplit> splits = pool.SplitByGroup(MyData.Documents, seed: 1, SplitShare.Discovery(0.3), SplitShare.HeldOut(0.7));

        _target = AuditTarget.Build("my model", MyModel.Load())
            .WithSplits(splits)
            .WithConcept("a", "feature 0 is on")                                   // the pool's label column "a"
            .WithConcept("high-b", "feature 1 above 0.5", example => example[1] > 0.5f) // labelled from the values
            .WithReadout(Read.ClassLogit("output-0", 0))
            .WithEdits("a",
                add: FeatureEdits.Set(0, 1f),
                remove: FeatureEdits.Set(0, 0f),
                nuisance: Gen.OneOf(FeatureEdits.Nudge([2, 3, 4], step: 0.3f, maxSteps: 3), Gen.Constant<IEdit<ExampleInput>>(new SwapFeatures(5, 6))))
            .Create();
    }

    [OneTimeTearDown]
    public void DisposeTarget() => _target.Dispose();

    [Test]
    public void Unit0MeansA() =>
        ClaimTest.Check(_target, Claim.That(Subjects.Unit("layer", 0)).Means("a").WithHeldOut().WithEdits().Named("MyModelClaims.Unit0MeansA"));
}

/// <summary>A hand-written edit: swaps two features. A value (a record), pure, atomic: it has no smaller version.</summary>
public sealed record SwapFeatures(int First, int Second) : IShrinkingEdit<ExampleInput>
{
    public int Size => 1;

    public ExampleInput Apply(ExampleInput input) =>
        input.With(values => (values[First], values[Second]) = (values[Second], values[First]));

    public string Describe() => $"swaps features {First} and {Second}";

    public IEnumerable<IShrinkingEdit<ExampleInput>> Shrinks() => [];
}
// end snippet

/// <summary>Stands for a user's own loading code in docs/targets.md: the vector data of <see cref="VectorData"/>, ten examples per document.</summary>
internal static class MyData
{
    private static readonly ExamplePool Pool = VectorData.Pool(1800);

    public static float[] Values { get; } = Pool.Take("all", SplitRole.HeldOut, [.. Enumerable.Range(0, Pool.Count)]).Values.ToArray();

    public static bool[] LabelsOfA => Pool.Labels["a"];

    public static string[] Documents { get; } = [.. Enumerable.Range(0, Pool.Count).Select(i => $"document-{i / 10}")];
}

/// <summary>Stands for loading the user's model: one layer named "layer" that copies its 16 inputs.</summary>
internal static class MyModel
{
    public static nn.Module<Tensor, Tensor> Load() => VectorData.CopyingModel();
}

/// <summary>docs/targets.md shows the code above, character for character, and that code runs (the claim above is its test).</summary>
public class TargetsDocTests
{
    [Test]
    public void The_doc_shows_the_snippet_this_file_runs()
    {
        string source = File.ReadAllText(Path.Combine(RepositoryRoot.Find(), "tests", "ClaimCheck.Tests", "Docs", "TargetsDocTests.cs"));
        int start = source.IndexOf("// begin snippet\n", StringComparison.Ordinal) + "// begin snippet\n".Length;
        string snippet = source[start..source.IndexOf("// end snippet", StringComparison.Ordinal)];
        string doc = File.ReadAllText(Path.Combine(RepositoryRoot.Find(), "docs", "targets.md"));

        Assert.That(doc, Does.Contain("```csharp\n" + snippet + "```\n"));
    }

    [Test]
    public void The_swap_edit_of_the_doc_swaps_and_leaves_its_input_as_it_was()
    {
        var input = new ExampleInput([0, 1, 2, 3, 4, 5, 6, 7], [8]);

        Assert.That(new SwapFeatures(5, 6).Apply(input).Values.ToArray(), Is.EqualTo(new float[] { 0, 1, 2, 3, 4, 6, 5, 7 }));
        Assert.That(input.Values[5], Is.EqualTo(5f));
    }
}
