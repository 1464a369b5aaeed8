using ClaimCheck.Capture;
using ClaimCheck.Capture.Disk;
using ClaimCheck.Capture.Tokens;
using ClaimCheck.Targets;
using NUnit.Framework;
using static TorchSharp.torch;

namespace ClaimCheck.Tests.Capture;

/// <summary>
/// A token capture writes every position of a sequence layer as a row, sequence after sequence: the rows equal the
/// layer's output from a direct forward pass, whichever axis holds the units; each row knows its sequence, position and
/// document; several layers in one pass give the rows of one capture per layer.
/// </summary>
public class TokenCaptureTests
{
    private const int Sequences = 10;
    private const int Length = 7;
    private TokenFolder _folder = null!;

    [SetUp]
    public void CreateFolder() => _folder = new TokenFolder();

    [TearDown]
    public void DeleteFolder() => _folder.Dispose();

    internal static long[] RandomTokens(int count, int seed)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, count).Select(_ => (long)random.Next(TinyTokenModel.Vocabulary))];
    }

    internal static LayerLayout LayoutOf(string layer) => layer == "channels" ? LayerLayout.UnitsFirst : LayerLayout.UnitsLast;

    /// <summary>"act" for all sequences in one direct pass, without hooks, row-major [sequences × length, units].</summary>
    private static float[] DirectHidden(TinyTokenModel model, long[] tokens, int length)
    {
        using var scope = NewDisposeScope();
        using var inference = inference_mode();
        Tensor hidden = model.Hidden(tensor(tokens, [tokens.Length / length, length]));
        return hidden.contiguous().data<float>().ToArray();
    }

    private static float[] Rows(ActivationMatrix matrix) => matrix.ToArray();

    [Test]
    public void Every_row_is_the_layers_output_at_its_position_sequence_after_sequence()
    {
        using var model = new TinyTokenModel();
        long[] tokens = RandomTokens(Sequences * Length, seed: 1);

        TokenCaptureResult captured = TokenCapture.Run(model, TokenSequences.Of(tokens, Length), ["act"], _folder.Path, LayoutOf, batchSize: 3);

        float[] expected = DirectHidden(model, tokens, Length);
        ActivationMatrix matrix = captured.Layer("act").Matrix;
        Assert.That(matrix.Rows, Is.EqualTo(Sequences * Length));
        Assert.That(matrix.Units, Is.EqualTo(TinyTokenModel.Units));
        Assert.That(matrix.InMemory, Is.False, "read from the file in place");
        for (int row = 0; row < matrix.Rows; row++)
        {
            // Row s × length + p is position p of sequence s: the direct pass's [s, p, :].
            Assert.That(matrix.Row(row).ToArray(), Is.EqualTo(expected.AsSpan(row * TinyTokenModel.Units, TinyTokenModel.Units).ToArray()).Within(1e-5), $"row {row}");
        }

        Assert.That(model.Passes, Is.EqualTo(4), "ten sequences in batches of three: four passes");
        Assert.That(_folder.Files, Is.EqualTo(new[] { "act" + TokenCapture.FileExtension }));
        Assert.That(captured.Layer("act").Path, Is.EqualTo(Path.Combine(_folder.Path, "act" + TokenCapture.FileExtension)));
    }

    [Test]
    public void A_layer_with_its_units_first_gives_the_same_rows_as_the_same_values_with_units_last()
    {
        using var model = new TinyTokenModel();
        long[] tokens = RandomTokens(Sequences * Length, seed: 2);

        TokenCaptureResult captured = TokenCapture.Run(model, TokenSequences.Of(tokens, Length), ["act", "channels"], _folder.Path, LayoutOf, batchSize: 4);

        // "channels" is "act" transposed to [batch, units, sequence]: declared units first, its rows are act's, bit for bit.
        Assert.That(Rows(captured.Layer("channels").Matrix), Is.EqualTo(Rows(captured.Layer("act").Matrix)));
        Assert.That(captured.Layer("channels").Layout, Is.SameAs(LayerLayout.UnitsFirst));
    }

    [Test]
    public void A_layer_whose_output_is_a_view_into_a_larger_tensor_gives_the_views_values()
    {
        using var model = new TinyTokenModel();
        long[] tokens = RandomTokens(Sequences * Length, seed: 14);

        // "second" is the second half of a stacked pair: contiguous, but its values start partway into the storage.
        TokenCaptureResult captured = TokenCapture.Run(model, TokenSequences.Of(tokens, Length), ["act", "second"], _folder.Path, LayoutOf, batchSize: 4);

        Assert.That(Rows(captured.Layer("second").Matrix), Is.EqualTo(Rows(captured.Layer("act").Matrix)));
    }

    [Test]
    public void Each_row_carries_its_sequence_position_and_document()
    {
        using var model = new TinyTokenModel();
        string[] documents = ["a.py", "a.py", "b.py", "c.py", "b.py"];
        var sequences = TokenSequences.Of(RandomTokens(5 * 4, seed: 3), sequenceLength: 4, documents);

        TokenRows rows = TokenCapture.Run(model, sequences, ["act"], _folder.Path, batchSize: 2).Rows;

        Assert.That(rows.Count, Is.EqualTo(20));
        Assert.That(rows.DocumentNames, Is.EqualTo(new[] { "a.py", "b.py", "c.py" }));
        Assert.That(rows.Documents(), Is.EqualTo(new[] { 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 1, 1, 1, 1 }));
        Assert.That(rows.Positions(), Is.EqualTo(new[] { 0, 1, 2, 3, 0, 1, 2, 3, 0, 1, 2, 3, 0, 1, 2, 3, 0, 1, 2, 3 }));
        Assert.That(rows.SequenceOf(13), Is.EqualTo(3));
        Assert.That(rows.PositionOf(13), Is.EqualTo(1));
        Assert.That(rows.DocumentOf(13), Is.EqualTo(2));
        Assert.That(rows.DocumentOf(19), Is.EqualTo(1), "the fifth sequence comes from b.py again");
        Assert.Throws<ArgumentOutOfRangeException>(() => rows.PositionOf(20));
    }

    [Test]
    public void Without_documents_each_sequence_is_a_document_of_its_own()
    {
        using var model = new TinyTokenModel();

        TokenRows rows = TokenCapture.Run(model, TokenSequences.Of(RandomTokens(3 * 2, seed: 4), 2), ["act"], _folder.Path).Rows;

        Assert.That(rows.Documents(), Is.EqualTo(new[] { 0, 0, 1, 1, 2, 2 }));
        Assert.That(rows.DocumentNames, Has.Count.EqualTo(3));
    }

    [Test]
    public void Several_layers_in_one_pass_give_each_layer_the_rows_of_a_capture_of_that_layer_alone()
    {
        using var model = new TinyTokenModel();
        var sequences = TokenSequences.Of(RandomTokens(Sequences * Length, seed: 5), Length);
        string[] layers = ["act", "proj", "embed", "channels"];

        TokenCaptureResult together = TokenCapture.Run(model, sequences, layers, Path.Combine(_folder.Path, "together"), LayoutOf, batchSize: 3);
        int passesTogether = model.Passes;

        Assert.That(passesTogether, Is.EqualTo(4), "one pass per batch for all four layers");
        Assert.That(together.Layers.Select(l => l.Layer), Is.EqualTo(layers));
        foreach (string layer in layers)
        {
            TokenCaptureResult alone = TokenCapture.Run(model, sequences, [layer], Path.Combine(_folder.Path, "alone-" + layer), LayoutOf, batchSize: 3);
            Assert.That(Rows(together.Layer(layer).Matrix), Is.EqualTo(Rows(alone.Layer(layer).Matrix)), layer);
        }

        Assert.That(together.Layer("embed").Matrix.Units, Is.EqualTo(8));
    }

    [Test]
    public void A_split_of_token_sequences_is_captured_through_its_target_with_the_splits_documents()
    {
        long[] tokens = RandomTokens(6 * Length, seed: 6);
        string[] documents = ["x", "x", "y", "y", "y", "z"];
        var split = new DataSplit("held-out", SplitRole.HeldOut, [.. tokens.Select(t => (float)t)], [Length]) { Documents = documents };
        var model = new TinyTokenModel();
        using AuditTarget target = AuditTarget.Build("tiny tokens", model)
            .WithSplits(split)
            .WithLayout("act", LayerLayout.UnitsLast)
            .WithBatchSize(4)
            .WithDevice(CPU)
            .Create();

        TokenCaptureResult captured = TokenCapture.Run(target, TokenSequences.FromSplit(split), ["act"], _folder.Path);

        float[] expected = DirectHidden(model, tokens, Length);
        Assert.That(Rows(captured.Layer("act").Matrix), Is.EqualTo(expected).Within(1e-5));
        Assert.That(captured.Rows.DocumentNames, Is.EqualTo(new[] { "x", "y", "z" }));
        Assert.That(captured.Rows.DocumentOf((5 * Length) + 2), Is.EqualTo(2));
        Assert.That(model.Passes, Is.EqualTo(2), "six sequences in the target's batches of four");
    }

    [Test]
    public void The_file_is_an_activation_file_the_stores_reader_reads_with_a_key_that_says_what_it_holds()
    {
        using var model = new TinyTokenModel();
        var sequences = TokenSequences.Of(RandomTokens(5 * Length, seed: 15), Length);

        TokenLayerActivations act = TokenCapture.Run(model, sequences, ["act"], _folder.Path, batchSize: 2).Layer("act");

        using ActivationFileReader reader = ActivationFileReader.Open(act.Path);
        Assert.That(reader.Header.Layout.Rows, Is.EqualTo(5 * Length));
        Assert.That(reader.Header.Layout.Units, Is.EqualTo(TinyTokenModel.Units));
        Assert.That(reader.ReadRowMajor(), Is.EqualTo(Rows(act.Matrix)));
        Assert.That(ActivationKey.Part(reader.Header.Key, "layer"), Is.EqualTo("act"));
        Assert.That(ActivationKey.Part(reader.Header.Key, "layout"), Is.EqualTo("units last"));
        Assert.That(ActivationKey.Part(reader.Header.Key, "sequences"), Is.EqualTo($"5 of {Length}"));
    }

    [Test]
    public void A_second_capture_into_the_same_folder_replaces_the_layers_file()
    {
        using var model = new TinyTokenModel();
        TokenCapture.Run(model, TokenSequences.Of(RandomTokens(4 * Length, seed: 7), Length), ["act"], _folder.Path);

        TokenCaptureResult second = TokenCapture.Run(model, TokenSequences.Of(RandomTokens(2 * Length, seed: 8), Length), ["act"], _folder.Path);

        Assert.That(second.Layer("act").Matrix.Rows, Is.EqualTo(2 * Length));
        Assert.That(_folder.Files, Is.EqualTo(new[] { "act" + TokenCapture.FileExtension }), "one file, no temporary left");
    }
}
