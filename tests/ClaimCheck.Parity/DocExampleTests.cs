using System.Text.RegularExpressions;
using ClaimCheck.Capture;
using ClaimCheck.Data;
using ClaimCheck.Targets;
using ClaimCheck.Weights;
using NUnit.Framework;
using TorchSharp;
using static TorchSharp.torch;

namespace ClaimCheck.Parity;

/// <summary>
/// docs/pytorch.md shows code that runs: its C# block is the body of the first test below, run in the folder the
/// reference script wrote (so its relative file names resolve there), and every Python block is part of
/// reference/make_reference.py. The second test keeps the page and these sources in sync.
/// </summary>
public class DocExampleTests
{
    [Test]
    public void The_CSharp_side_of_docs_pytorch_md_loads_the_model_PyTorch_saved()
    {
        string folder = PyTorchReference.Folder;
        string previous = Environment.CurrentDirectory;
        Environment.CurrentDirectory = folder;
        try
        {
            // The architecture, written again in TorchSharp: the same layers, in the same order, under the same names.
            nn.Module<Tensor, Tensor> model = nn.Sequential(
                ("conv", nn.Conv1d(2, 4, 3, padding: 1)),
                ("conv_act", nn.Tanh()),
                ("flatten", nn.Flatten()),
                ("norm", nn.LayerNorm(32)),
                ("hidden", nn.Linear(32, 16)),
                ("bn", nn.BatchNorm1d(16)),
                ("act", nn.ReLU()),
                ("out", nn.Linear(16, 3)));

            // PyTorch's tensors by their state_dict names; a missing, extra or misshapen one is an error (CLM5060–CLM5066).
            WeightsReport report = ModelWeights.Load(model, "weights.safetensors");
            model.eval();   // batch norm as at inference; an audit target does this too

            // The inputs numpy saved, [64, 2, 8], with two label columns of a CSV file, as a held-out split.
            DataSplit heldOut = SplitFiles.Load("held-out", SplitRole.HeldOut, "inputs.npy", "labels.csv", "class0", "first_positive");

            float[] outputs = BatchedForward.Map(model, heldOut.Values, heldOut.ExampleShape, outputWidth: 3, model.call);
            Assert.That(report.Tensors, Is.EqualTo(13));
            Assert.That(heldOut.Labels.Keys, Is.EquivalentTo(new[] { "class0", "first_positive" }));
            Figures.AssertClose("outputs of the docs/pytorch.md example [64, 3]", outputs, new ReferenceTensors("reference.safetensors").Floats("outputs"));
            model.Dispose();
        }
        finally
        {
            Environment.CurrentDirectory = previous;
        }
    }

    [Test]
    public void An_unnamed_Sequential_names_its_tensors_by_index_as_PyTorch_does()
    {
        // What docs/pytorch.md says of models saved from an unnamed nn.Sequential (PyTorch: 0.weight, 0.bias, 2.weight...).
        using nn.Module<Tensor, Tensor> model = nn.Sequential(nn.Linear(2, 3), nn.ReLU(), nn.Linear(3, 1));

        Assert.That(model.state_dict().Keys, Is.EqualTo(new[] { "0.weight", "0.bias", "2.weight", "2.bias" }));
    }

    [Test]
    public void Every_code_block_of_docs_pytorch_md_is_code_the_parity_test_runs()
    {
        string root = RepoRoot();
        string page = File.ReadAllText(Path.Combine(root, "docs", "pytorch.md"));
        string script = File.ReadAllText(Path.Combine(root, "tests", "ClaimCheck.Parity", "reference", "make_reference.py"));
        string test = File.ReadAllText(Path.Combine(root, "tests", "ClaimCheck.Parity", "DocExampleTests.cs"));
        MatchCollection blocks = Regex.Matches(page, @"```(python|csharp)\n(.*?)```", RegexOptions.Singleline);

        Assert.That(blocks.Select(b => b.Groups[1].Value).Distinct(), Is.EquivalentTo(new[] { "python", "csharp" }));
        Assert.Multiple(() =>
        {
            foreach (Match block in blocks)
            {
                string source = block.Groups[1].Value == "python" ? script : test;
                // using directives head the C# file, not the test body; everything else must appear as one run of lines.
                string[] lines = Lines(block.Groups[2].Value).Where(line => !line.StartsWith("using ", StringComparison.Ordinal)).ToArray();
                Assert.That(Contains(Lines(source), lines), Is.True,
                    $"this {block.Groups[1].Value} block of docs/pytorch.md is not, line for line, code that the parity test runs:\n{block.Groups[2].Value}");
            }
        });
    }

    /// <summary>The lines of <paramref name="text"/>, trimmed, blank ones dropped: indentation differs between a page and a method body.</summary>
    private static string[] Lines(string text) =>
        text.Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0).ToArray();

    private static bool Contains(string[] haystack, string[] needle) =>
        needle.Length == 0 || (needle.Length <= haystack.Length && Enumerable.Range(0, haystack.Length - needle.Length + 1).Any(start => haystack.AsSpan(start, needle.Length).SequenceEqual(needle)));

    /// <summary>The repository root: the nearest folder above the test output that holds ClaimCheck.sln.</summary>
    private static string RepoRoot()
    {
        for (DirectoryInfo? folder = new(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "ClaimCheck.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"no ClaimCheck.sln above {AppContext.BaseDirectory}");
    }
}
