using ClaimCheck.Capture.Tokens;
using ClaimCheck.Diagnostics;
using ClaimCheck.Targets;
using NUnit.Framework;

namespace ClaimCheck.Tests.Capture;

/// <summary>
/// Bad input to a token capture stops it with a diagnostic ID and a message that says what to do, never a crash, and
/// leaves no file behind: ragged or uneven sequences, a split that is not sequences, an unknown layer, a layer that does
/// not run, runs twice or has no sequence axis, tokens the model rejects, non-finite activations.
/// </summary>
public class TokenCaptureBadInputTests
{
    private TokenFolder _folder = null!;

    [SetUp]
    public void CreateFolder() => _folder = new TokenFolder();

    [TearDown]
    public void DeleteFolder() => _folder.Dispose();

    private static ClaimCheckException Stopped(Action capture)
    {
        var error = Assert.Throws<ClaimCheckException>(() => capture());
        return error!;
    }

    private ClaimCheckException CaptureFails(string layer, long[]? tokens = null)
    {
        using var model = new TinyTokenModel();
        var sequences = TokenSequences.Of(tokens ?? TokenCaptureTests.RandomTokens(5 * 3, seed: 9), 3);
        ClaimCheckException error = Stopped(() => _ = TokenCapture.Run(model, sequences, ["act", layer], _folder.Path, TokenCaptureTests.LayoutOf, batchSize: 2));
        Assert.That(_folder.Files, Is.Empty, "no file of any layer is left when a capture fails");
        return error;
    }

    [Test]
    public void Ragged_sequences_are_refused()
    {
        ClaimCheckException error = Stopped(() => _ = TokenSequences.FromSequences([[1, 2, 3], [4, 5, 6], [7, 8]]));

        Assert.That(error.Diagnostic.Id, Is.EqualTo(DiagnosticIds.ModelRejectedInput));
        Assert.That(error.Message, Does.Contain("ragged").And.Contain("sequence 2 holds 2"));
    }

    [Test]
    public void Tokens_that_are_not_a_whole_number_of_sequences_are_refused()
    {
        ClaimCheckException uneven = Stopped(() => _ = TokenSequences.Of([1, 2, 3, 4, 5], sequenceLength: 2));
        ClaimCheckException none = Stopped(() => _ = TokenSequences.Of([], sequenceLength: 2));
        ClaimCheckException zero = Stopped(() => _ = TokenSequences.Of([1, 2], sequenceLength: 0));
        ClaimCheckException documents = Stopped(() => _ = TokenSequences.Of([1, 2, 3, 4], sequenceLength: 2, documents: ["only one"]));

        Assert.That(new[] { uneven, none, zero, documents }.Select(e => e.Diagnostic.Id), Is.All.EqualTo(DiagnosticIds.ModelRejectedInput));
        Assert.That(uneven.Message, Does.Contain("5 tokens are not a whole, non-zero number of sequences of 2"));
        Assert.That(documents.Message, Does.Contain("2 sequences but 1 document names"));
    }

    [Test]
    public void A_split_whose_examples_are_not_sequences_is_refused()
    {
        var images = new DataSplit("images", SplitRole.HeldOut, new float[2 * 3 * 4], [3, 4]);

        ClaimCheckException error = Stopped(() => _ = TokenSequences.FromSplit(images));

        Assert.That(error.Diagnostic.Id, Is.EqualTo(DiagnosticIds.ModelRejectedInput));
        Assert.That(error.Message, Does.Contain("shape [3, 4]").And.Contain("shape [length]"));
    }

    [Test]
    public void An_unknown_layer_is_refused_with_the_models_layers()
    {
        ClaimCheckException error = CaptureFails("atc");

        Assert.That(error.Diagnostic.Id, Is.EqualTo(DiagnosticIds.UnknownLayer));
        Assert.That(error.Message, Does.Contain("no layer 'atc'").And.Contain("act"));
    }

    [Test]
    public void A_layer_that_does_not_run_is_refused()
    {
        ClaimCheckException error = CaptureFails("skipped");

        Assert.That(error.Diagnostic.Id, Is.EqualTo(DiagnosticIds.UnknownLayer));
        Assert.That(error.Message, Does.Contain("'skipped' did not run"));
    }

    [Test]
    public void A_layer_without_a_sequence_axis_is_refused()
    {
        ClaimCheckException error = CaptureFails("pooled");

        Assert.That(error.Diagnostic.Id, Is.EqualTo(DiagnosticIds.UnknownLayer));
        Assert.That(error.Message, Does.Contain("shape [2, 6] for 2 sequences of 3 tokens").And.Contain("[batch, sequence, units]"));
    }

    [Test]
    public void A_layer_declared_with_the_wrong_layout_is_refused_when_its_axes_do_not_fit()
    {
        using var model = new TinyTokenModel();
        var sequences = TokenSequences.Of(TokenCaptureTests.RandomTokens(4 * 3, seed: 10), 3);

        // "act" is [batch, 3, 6]; read as units first, its position axis would be 6 long, not 3.
        ClaimCheckException error = Stopped(() => _ = TokenCapture.Run(model, sequences, ["act"], _folder.Path, _ => ClaimCheck.Targets.LayerLayout.UnitsFirst));

        Assert.That(error.Diagnostic.Id, Is.EqualTo(DiagnosticIds.UnknownLayer));
        Assert.That(error.Message, Does.Contain("units first").And.Contain("LayoutOf"));
    }

    [Test]
    public void A_layer_that_runs_twice_in_a_pass_is_refused()
    {
        ClaimCheckException error = CaptureFails("twice");

        Assert.That(error.Diagnostic.Id, Is.EqualTo(DiagnosticIds.UnknownLayer));
        Assert.That(error.Message, Does.Contain("ran 2 times in one forward pass"));
    }

    [Test]
    public void A_layer_named_twice_or_no_layer_is_refused()
    {
        using var model = new TinyTokenModel();
        var sequences = TokenSequences.Of([1, 2], 2);

        ClaimCheckException twice = Stopped(() => _ = TokenCapture.Run(model, sequences, ["act", "act"], _folder.Path));
        ClaimCheckException none = Stopped(() => _ = TokenCapture.Run(model, sequences, [], _folder.Path));

        Assert.That(twice.Diagnostic.Id, Is.EqualTo(DiagnosticIds.UnknownLayer));
        Assert.That(none.Diagnostic.Id, Is.EqualTo(DiagnosticIds.UnknownLayer));
    }

    [Test]
    public void Tokens_the_model_rejects_stop_the_capture_with_the_batch_that_failed()
    {
        long[] tokens = TokenCaptureTests.RandomTokens(5 * 3, seed: 11);
        tokens[13] = TinyTokenModel.Vocabulary + 5; // sequence 4, outside the embedding

        ClaimCheckException error = CaptureFails("proj", tokens);

        Assert.That(error.Diagnostic.Id, Is.EqualTo(DiagnosticIds.ModelRejectedInput));
        Assert.That(error.Message, Does.Contain("sequences 4–4"));
    }

    [Test]
    public void Non_finite_activations_stop_the_capture_at_their_token()
    {
        ClaimCheckException error = CaptureFails("logs");

        Assert.That(error.Diagnostic.Id, Is.EqualTo(DiagnosticIds.NonFiniteActivations));
        Assert.That(error.Message, Does.Contain("'logs' produced a non-finite activation at token"));
    }

    [Test]
    public void A_folder_that_cannot_be_created_is_reported_with_the_stores_ID()
    {
        using var model = new TinyTokenModel();
        Directory.CreateDirectory(_folder.Path);
        string file = Path.Combine(_folder.Path, "a file");
        File.WriteAllText(file, "not a folder");

        ClaimCheckException error = Stopped(() => _ = TokenCapture.Run(model, TokenSequences.Of([1, 2], 2), ["act"], file));

        Assert.That(error.Diagnostic.Id, Is.EqualTo(DiagnosticIds.ActivationCacheUnusable));
        Assert.That(error.Message, Does.Contain("a file stands where the folder should be"));
    }
}
