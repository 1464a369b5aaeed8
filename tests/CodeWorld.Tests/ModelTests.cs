using ClaimCheck.Capture;
using CodeWorld.Model;
using CodeWorld.Training;
using NUnit.Framework;
using static TorchSharp.torch;

namespace CodeWorld.Tests;

/// <summary>The transformer's named layers, its vocabulary, and the determinism of its training.</summary>
public class ModelTests
{
    [Test]
    public void MLP_neurons_and_the_residual_stream_after_each_block_are_captured_by_name()
    {
        ModelShape shape = ModelShape.Default;
        manual_seed(1);
        using var model = new CodeTransformer(shape);
        model.eval();
        var captured = new Dictionary<string, long[]>();
        var hooks = new List<Action>();
        foreach (string path in new[] { CodeTransformer.BlockPath(0), CodeTransformer.MlpNeuronsPath(0), CodeTransformer.BlockPath(1), CodeTransformer.MlpNeuronsPath(1), CodeTransformer.HeadPath })
        {
            nn.Module<Tensor, Tensor> module = LayerResolver.Resolve(model, path);
            var hook = module.register_forward_hook((_, _, output) =>
            {
                captured[path] = output.shape;
                return output;
            });
            hooks.Add(hook.remove);
        }

        using (inference_mode())
        using (var scope = NewDisposeScope())
        {
            model.call(tensor(CharVocabulary.Encode("def f(x):\n    return x\n\n").Select(t => (long)t).ToArray(), [1, 24]));
        }

        hooks.ForEach(remove => remove());
        Assert.That(captured[CodeTransformer.BlockPath(0)], Is.EqualTo(new long[] { 1, 24, shape.Width }));
        Assert.That(captured[CodeTransformer.BlockPath(1)], Is.EqualTo(new long[] { 1, 24, shape.Width }));
        Assert.That(captured[CodeTransformer.MlpNeuronsPath(0)], Is.EqualTo(new long[] { 1, 24, shape.MlpUnits }));
        Assert.That(captured[CodeTransformer.MlpNeuronsPath(1)], Is.EqualTo(new long[] { 1, 24, shape.MlpUnits }));
        Assert.That(captured[CodeTransformer.HeadPath], Is.EqualTo(new long[] { 1, 24, CharVocabulary.Size }));
    }

    [Test]
    public void A_position_never_sees_the_positions_after_it()
    {
        manual_seed(2);
        using var model = new CodeTransformer(new ModelShape(Layers: 2, Width: 32, Heads: 4, Context: 16));
        model.eval();
        using var scope = NewDisposeScope();
        using var _ = inference_mode();
        long[] a = [.. CharVocabulary.Encode("import os\nx = 1\n").Select(t => (long)t)];
        long[] b = [.. a];
        b[^1] = CharVocabulary.TokenOf('#');
        float[] first = model.call(tensor(a, [1, 16])).data<float>().ToArray();
        float[] second = model.call(tensor(b, [1, 16])).data<float>().ToArray();

        int beforeLast = 15 * CharVocabulary.Size;
        Assert.That(first[..beforeLast], Is.EqualTo(second[..beforeLast]), "changing the last token changed an earlier position's logits");
        Assert.That(first[beforeLast..], Is.Not.EqualTo(second[beforeLast..]));
    }

    [Test]
    public void Training_is_bit_for_bit_reproducible()
    {
        byte[] tokens = CharVocabulary.Encode(string.Concat(Enumerable.Repeat("def f(x):\n    return x + 1  # one\n", 40)));
        var shape = new ModelShape(Layers: 1, Width: 32, Heads: 2, Context: 16);
        var settings = new TrainingSettings(Steps: 30, BatchSize: 4, LearningRate: 3e-3, WarmupSteps: 5, Threads: 1);

        string Train()
        {
            TrainingResult result = CodeTraining.Train(tokens, shape, settings);
            using var stream = new MemoryStream();
            result.Model.save(stream);
            result.Model.Dispose();
            return CodeWeights.Sha256Of(stream.ToArray());
        }

        string once = Train(), again = Train();
        Assert.That(again, Is.EqualTo(once));
    }

    [Test]
    public void The_vocabulary_maps_printable_ASCII_and_newline_one_to_one_and_the_rest_to_unknown()
    {
        string printable = new([.. Enumerable.Range(' ', '~' - ' ' + 1).Select(c => (char)c), '\n']);
        byte[] tokens = CharVocabulary.Encode(printable);

        Assert.That(tokens.Distinct().Count(), Is.EqualTo(CharVocabulary.Size - 1));
        Assert.That(new string([.. tokens.Select(t => CharVocabulary.CharOf(t))]), Is.EqualTo(printable));
        Assert.That(CharVocabulary.Encode("\té\f"), Is.All.EqualTo((byte)CharVocabulary.Unknown));
    }
}
