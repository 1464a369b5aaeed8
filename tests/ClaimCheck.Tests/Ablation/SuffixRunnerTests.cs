using ClaimCheck.Evidence.Ablation;
using NUnit.Framework;
using TorchSharp;
using static TorchSharp.torch;

namespace ClaimCheck.Tests.Ablation;

/// <summary>The suffix of a chain of layers reproduces the full forward pass from the layer's output.</summary>
public class SuffixRunnerTests
{
    [Test]
    public void Runs_the_modules_after_a_nested_layer_in_order()
    {
        SuffixRunner? runner = SuffixRunner.TryCreate(TinyModels.Conv(), "features.conv");

        Assert.That(runner, Is.Not.Null);
        Assert.That(runner!.ModulePaths, Is.EqualTo(new[] { "features.flat", "head" }));
    }

    [Test]
    public void Gives_the_full_forward_pass_output_from_the_captured_layer_output()
    {
        // A randomly initialised chain with a non-linearity and a nested block; only the seed of torch is fixed.
        random.manual_seed(17);
        var model = nn.Sequential(
            ("stem", nn.Sequential(("conv", nn.Conv2d(1, 4, 3)), ("relu", nn.ReLU()))),
            ("pool", nn.MaxPool2d(2)),
            ("flat", nn.Flatten()),
            ("fc", nn.Linear(4 * 3 * 3, 5)));
        using var scope = NewDisposeScope();
        using var inference = inference_mode();
        Tensor input = randn(8, 1, 8, 8);
        Tensor? captured = null;
        var hook = ((nn.Module<Tensor, Tensor>)model.named_modules().Single(m => m.name == "stem.conv").module)
            .register_forward_hook((_, _, output) =>
            {
                captured = output.detach().clone();
                return output;
            });
        Tensor full = model.call(input);
        hook.remove();

        Tensor suffix = SuffixRunner.TryCreate(model, "stem.conv")!.Run(captured!);

        Assert.That(suffix.shape, Is.EqualTo(full.shape));
        Assert.That((suffix - full).abs().max().item<float>(), Is.LessThan(1e-5f));
        Assert.That(captured!.IsInvalid, Is.False, "the runner leaves its input to the caller");
    }

    [Test]
    public void The_last_layer_has_an_empty_suffix()
    {
        SuffixRunner runner = SuffixRunner.TryCreate(TinyModels.Dense(), "head")!;
        using var scope = NewDisposeScope();
        Tensor output = tensor(new float[] { 1, 2 });

        Assert.That(runner.ModulePaths, Is.Empty);
        Assert.That(runner.Run(output).data<float>().ToArray(), Is.EqualTo(new[] { 1f, 2f }));
    }

    [Test]
    public void A_custom_module_or_a_missing_layer_has_no_suffix()
    {
        Assert.That(SuffixRunner.TryCreate(TinyModels.CustomDense(), "hidden"), Is.Null);
        Assert.That(SuffixRunner.TryCreate(TinyModels.Dense(), "missing"), Is.Null);
        Assert.That(SuffixRunner.TryCreate(TinyModels.Dense(), "head.weight"), Is.Null);
    }
}
