using ClaimCheck.Capture.Disk;
using NUnit.Framework;
using TorchSharp;
using static TorchSharp.torch;

namespace ClaimCheck.Tests.Capture;

/// <summary>
/// The model-code part of an activation store key: equal for two builds of one architecture (no handle or other
/// per-process value leaks in), different when a module's type or a setting the weights do not show differs.
/// </summary>
public class ModelCodeFingerprintTests
{
    private static nn.Module<Tensor, Tensor> Net(long stride = 1, long kernel = 3, nn.Module<Tensor, Tensor>? activation = null) =>
        nn.Sequential(("conv", nn.Conv2d(1, 4, kernel, stride: stride)), ("act", activation ?? nn.ReLU()), ("pool", nn.MaxPool2d(2)));

    [Test]
    public void Two_builds_of_one_architecture_have_one_fingerprint()
    {
        using var first = Net();
        using var second = Net();

        Assert.That(ModelCodeFingerprint.Of(second), Is.EqualTo(ModelCodeFingerprint.Of(first)));
    }

    [Test]
    public void The_description_names_each_module_its_assembly_build_and_its_settings()
    {
        using var net = Net(stride: 2);

        string description = ModelCodeFingerprint.Describe(net);

        Assert.That(description, Does.Contain("conv\tTorchSharp.Modules.Conv2d@TorchSharp:"));
        Assert.That(description, Does.Contain("<stride>k__BackingField=[2,2]"));
        Assert.That(description, Does.Contain("pool\tTorchSharp.Modules.MaxPool2d@TorchSharp:"));
        Assert.That(description, Does.Not.Contain("handle"), "native handles differ from process to process");
    }

    [Test]
    public void A_setting_or_a_module_type_the_weights_do_not_show_changes_it()
    {
        using var plain = Net();
        using var strided = Net(stride: 2);
        using var leaky = Net(activation: nn.LeakyReLU(0.1));
        using var leakier = Net(activation: nn.LeakyReLU(0.2));
        using var gelu = Net(activation: nn.GELU());

        string[] fingerprints = [.. new[] { plain, strided, leaky, leakier, gelu }.Select(ModelCodeFingerprint.Of)];

        Assert.That(fingerprints, Is.Unique);
    }
}
