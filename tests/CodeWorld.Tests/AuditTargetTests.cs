using ClaimCheck.Capture;
using ClaimCheck.Targets;
using CodeWorld.Audit;
using CodeWorld.Corpus;
using CodeWorld.Model;
using NUnit.Framework;
using static TorchSharp.torch;

namespace CodeWorld.Tests;

/// <summary>
/// The code world's audit target: encoded windows of the right shape, each tagged with its file, files never shared
/// between splits, labels that are the lexer's at the window's last character, and a model whose last column is the
/// true next character's log-probability.
/// </summary>
public class AuditTargetTests
{
    private CodeWorldTarget _world = null!;

    [OneTimeSetUp]
    public void BuildWorld() => _world = new CodeWorldTarget();

    [OneTimeTearDown]
    public void DisposeWorld() => _world.Dispose();

    [Test]
    public void Three_splits_of_encoded_windows_each_from_the_files_of_its_corpus_split()
    {
        var files = new Dictionary<string, CodeSplit>
        {
            [CodeWorldTarget.DiscoverySplit] = CodeSplit.Training,
            [CodeWorldTarget.HeldOutSplit] = CodeSplit.HeldOut,
            [CodeWorldTarget.ShiftedSplit] = CodeSplit.Shifted,
        };
        Assert.That(_world.Splits.Select(s => (s.Name, s.Role)), Is.EqualTo(new[]
        {
            (CodeWorldTarget.DiscoverySplit, SplitRole.Discovery),
            (CodeWorldTarget.HeldOutSplit, SplitRole.HeldOut),
            (CodeWorldTarget.ShiftedSplit, SplitRole.HeldOut),
        }));
        foreach (DataSplit split in _world.Splits)
        {
            var paths = CodeCorpus.Committed.Split(files[split.Name]).Select(d => d.Path).ToHashSet(StringComparer.Ordinal);
            Assert.That(split.ExampleShape, Is.EqualTo(new long[] { CodeWindow.EncodedLength }));
            Assert.That(split.Count, Is.InRange(500, 2000), split.Name);
            Assert.That(split.Documents, Is.Not.Null.And.Count.EqualTo(split.Count));
            Assert.That(split.Documents, Is.All.Matches<string>(paths.Contains), $"{split.Name} holds a window of a file of another corpus split");
            Assert.That(split.Documents!.Distinct().Count(), Is.GreaterThanOrEqualTo(Math.Min(30, paths.Count)), split.Name);
        }
    }

    [Test]
    public void No_file_is_in_two_splits()
    {
        string[][] documents = [.. _world.Splits.Select(s => s.Documents!.Distinct(StringComparer.Ordinal).ToArray())];
        for (int a = 0; a < documents.Length; a++)
        {
            for (int b = a + 1; b < documents.Length; b++)
            {
                Assert.That(documents[a].Intersect(documents[b], StringComparer.Ordinal), Is.Empty, $"{_world.Splits[a].Name} and {_world.Splits[b].Name}");
            }
        }
    }

    [Test]
    public void Every_concept_has_30_positives_in_20_files_on_every_split_but_numbers_on_the_small_held_out_split()
    {
        foreach (DataSplit split in _world.Splits)
        {
            foreach (Concept concept in _world.Concepts)
            {
                bool[] labels = concept.Label(split);
                int files = Enumerable.Range(0, split.Count).Where(i => labels[i]).Select(i => split.Documents![i]).Distinct().Count();
                Assert.That(labels.Count(l => l), Is.GreaterThanOrEqualTo(30), $"{concept.Name} on {split.Name}");
                // 23 of the 33 held-out files hold a number at all, so numbers may fall short there.
                if (concept.Name != CodeConcepts.InNumber || split.Name != CodeWorldTarget.HeldOutSplit)
                {
                    Assert.That(files, Is.GreaterThanOrEqualTo(20), $"files with {concept.Name} on {split.Name}");
                }
            }
        }
    }

    [Test]
    public void A_split_decodes_to_its_windows_and_labels_are_the_lexers_at_the_last_character()
    {
        WindowSet windows = _world.WindowsOf(CodeWorldTarget.HeldOutSplit);
        DataSplit split = _world.Split(CodeWorldTarget.HeldOutSplit);
        for (int i = 0; i < split.Count; i += 97)
        {
            CodeWindow window = windows.Window(i);
            WindowPosition at = windows.Positions[i];
            string text = windows.DocumentOf(i).Text;
            var encoded = new float[CodeWindow.EncodedLength];
            window.Encode(encoded);
            Assert.That(split.Example(i).ToArray(), Is.EqualTo(encoded));
            Assert.That(window.Context, Is.EqualTo(text.Substring(at.Position - 63, 64)));
            Assert.That(window.Next, Is.EqualTo(text[at.Position + 1]));
            Assert.That(split.Labels[CodeConcepts.InString][i], Is.EqualTo(windows.Lexed[at.Document].InString(at.Position)));
            Assert.That(split.Labels[CodeConcepts.LineStart][i], Is.EqualTo(at.Position == 0 || text[at.Position - 1] == '\n'));
        }
    }

    [Test]
    public void Labels_of_a_hand_written_file_are_what_a_reader_sees()
    {
        // Line 1: a comment of 79 characters; line 2: a name, " = ", a string of 72 characters; line 3: a call, indented.
        string comment = "# " + new string('c', 77);
        string assignment = "value = \"" + new string('s', 70) + "\"";
        string text = comment + "\n" + assignment + "\nif value:\n    print(value, 12345)\n";
        var document = new CodeDocument("/hand/written.py", "test", CodeSplit.Training, text);
        WindowSet windows = WindowSet.Sample([document], perStratum: 40, seed: 7);
        DataSplit split = windows.ToSplit("hand", SplitRole.Discovery);
        int stringStart = comment.Length + 1 + 8;
        int stringEnd = comment.Length + 1 + assignment.Length - 1;
        int callLine = text.IndexOf("    print", StringComparison.Ordinal);
        Assert.That(split.Count, Is.GreaterThan(20));
        for (int i = 0; i < split.Count; i++)
        {
            int p = windows.Positions[i].Position;
            int column = p - (text.LastIndexOf('\n', p - 1) + 1);
            Assert.That(split.Labels[CodeConcepts.InComment][i], Is.EqualTo(p < comment.Length), $"position {p}");
            Assert.That(split.Labels[CodeConcepts.InString][i], Is.EqualTo(p >= stringStart && p <= stringEnd), $"position {p}");
            Assert.That(split.Labels[CodeConcepts.BeyondColumn60][i], Is.EqualTo(column >= 60), $"position {p}");
            Assert.That(split.Labels[CodeConcepts.InBrackets][i], Is.EqualTo(p >= text.IndexOf('(') && p <= text.IndexOf(')')), $"position {p}");
            Assert.That(split.Labels[CodeConcepts.Indented][i], Is.EqualTo(p >= callLine && p < text.Length - 1), $"position {p}");
            Assert.That(split.Labels[CodeConcepts.InNumber][i], Is.EqualTo(p >= text.IndexOf("12345", StringComparison.Ordinal) && p < text.IndexOf("12345", StringComparison.Ordinal) + 5), $"position {p}");
        }
    }

    [Test]
    public void Sampling_is_deterministic()
    {
        IReadOnlyList<CodeDocument> files = CodeCorpus.Committed.Split(CodeSplit.HeldOut);
        WindowSet first = WindowSet.Sample(files, perStratum: 10, seed: 3);
        WindowSet second = WindowSet.Sample(files, perStratum: 10, seed: 3);
        WindowSet other = WindowSet.Sample(files, perStratum: 10, seed: 4);

        Assert.That(second.Positions, Is.EqualTo(first.Positions));
        Assert.That(other.Positions, Is.Not.EqualTo(first.Positions));
        Assert.That(first.Positions.Select(p => p.Position), Is.All.InRange(CodeWindow.Length - 1, int.MaxValue));
    }

    [Test]
    public void The_models_last_column_is_the_true_next_characters_log_probability_from_the_last_position()
    {
        DataSplit split = _world.Split(CodeWorldTarget.HeldOutSplit);
        const int count = 16;
        using var scope = NewDisposeScope();
        using var inference = inference_mode();
        Tensor input = tensor(split.Values[..(count * CodeWindow.EncodedLength)].ToArray(), [count, CodeWindow.EncodedLength]);

        Tensor output = _world.Model.call(input);
        Tensor logits = ((NextCharModel)_world.Model).Transformer.call(input.narrow(1, 0, CodeWindow.Length).to_type(ScalarType.Int64));
        Tensor expected = nn.functional.log_softmax(logits.select(1, CodeWindow.Length - 1), 1);

        Assert.That(output.shape, Is.EqualTo(new long[] { count, CharVocabulary.Size + 1 }));
        float[] outputs = output.data<float>().ToArray();
        float[] logProbabilities = expected.data<float>().ToArray();
        for (int i = 0; i < count; i++)
        {
            int next = (int)split.Example(i)[CodeWindow.Length];
            Assert.That(outputs[(i * (CharVocabulary.Size + 1)) + NextCharModel.TrueNextColumn], Is.EqualTo(logProbabilities[(i * CharVocabulary.Size) + next]).Within(1e-5));
            Assert.That(outputs[(i * (CharVocabulary.Size + 1)) + 7], Is.EqualTo(logProbabilities[(i * CharVocabulary.Size) + 7]).Within(1e-5));
        }
    }

    [Test]
    public void The_transformers_layers_keep_their_paths_and_are_read_units_last()
    {
        foreach (string layer in new[] { CodeTransformer.BlockPath(0), CodeTransformer.BlockPath(1), CodeTransformer.MlpNeuronsPath(0), CodeTransformer.MlpNeuronsPath(1) })
        {
            Assert.That(() => LayerResolver.Resolve(_world.Model, layer), Throws.Nothing, layer);
            Assert.That(_world.LayoutOf(layer), Is.SameAs(LayerLayout.UnitsLast), layer);
        }

        Assert.That(_world.Readouts.Select(r => r.Name), Does.Contain(CodeWorldTarget.TrueNextLogProb));
    }
}
