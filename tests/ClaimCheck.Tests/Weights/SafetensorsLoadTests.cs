using ClaimCheck.Weights;
using NUnit.Framework;
using TorchSharp;
using static TorchSharp.torch;

namespace ClaimCheck.Tests.Weights;

/// <summary>Safetensors files that are right load by name, with conversions reported; a failed load changes nothing.</summary>
public class SafetensorsLoadTests
{
    private static float[] Values(nn.Module module, string name) => module.state_dict()[name].detach().cpu().to(ScalarType.Float32).data<float>().ToArray();

    private static string Write(byte[] bytes)
    {
        string path = Path.Combine(Path.GetTempPath(), $"claimcheck-weights-{Guid.NewGuid():N}.safetensors");
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Test]
    public void A_file_laid_out_as_PyTorch_exports_it_loads_every_tensor_by_name()
    {
        nn.Module source = HostileLoad.Model();
        nn.Module target = HostileLoad.Model();
        string path = Write(SafetensorsBytes.From(source, (_, v) => v.Select((x, i) => x + i).ToArray()).Build());
        try
        {
            WeightsReport report = ModelWeights.Load(target, path);

            Assert.Multiple(() =>
            {
                Assert.That(report.Format, Is.EqualTo(WeightsFormat.Safetensors));
                Assert.That(report.Tensors, Is.EqualTo(7));
                Assert.That(report.Conversions, Is.Empty);
                Assert.That(Values(target, "fc.weight"), Is.EqualTo(Values(source, "fc.weight").Select((x, i) => x + i).ToArray()));
                Assert.That(Values(target, "bn.running_var"), Is.EqualTo(new[] { 1f, 2f }));
            });
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void Half_precision_weights_are_converted_and_the_conversion_reported()
    {
        nn.Module target = HostileLoad.Model();
        SafetensorsBytes file = SafetensorsBytes.From(target).Remove("fc.weight");
        // 1.0, 2.0, -0.5, 0.25, 3.0, 0.0 in IEEE half precision, little-endian.
        byte[] half = [0x00, 0x3C, 0x00, 0x40, 0x00, 0xB8, 0x00, 0x34, 0x00, 0x42, 0x00, 0x00];
        string path = Write(file.Add("fc.weight", "F16", [2, 3], half).Build());
        try
        {
            WeightsReport report = ModelWeights.Load(target, path);

            Assert.That(Values(target, "fc.weight"), Is.EqualTo(new[] { 1f, 2f, -0.5f, 0.25f, 3f, 0f }));
            Assert.That(report.Conversions, Is.EqualTo(new[] { "fc.weight: F16 → Float32" }));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void A_file_that_fails_late_leaves_every_tensor_of_the_module_as_it_was()
    {
        nn.Module target = HostileLoad.Model();
        float[] before = Values(target, "fc.weight");
        // fc.weight is fine and read first; a NaN in the last tensor fails the load after it.
        byte[] bytes = SafetensorsBytes.From(target, (name, v) => name == "bn.running_var" ? [float.NaN, 1f] : v.Select(x => x + 1).ToArray()).Build();

        Assert.That(HostileLoad.Fails(bytes, model: target).Id, Is.EqualTo(ClaimCheck.Diagnostics.DiagnosticIds.NonFiniteWeights));
        Assert.That(Values(target, "fc.weight"), Is.EqualTo(before));
    }

    [Test]
    public void Non_finite_values_load_when_allowed()
    {
        nn.Module target = HostileLoad.Model();
        string path = Write(SafetensorsBytes.From(target, (name, v) => name == "bn.running_mean" ? [float.NegativeInfinity, 0f] : v).Build());
        try
        {
            ModelWeights.Load(target, path, new WeightsOptions { AllowNonFinite = true });

            Assert.That(Values(target, "bn.running_mean")[0], Is.EqualTo(float.NegativeInfinity));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void A_stream_loads_like_a_file_and_its_name_picks_the_format()
    {
        nn.Module source = HostileLoad.Model();
        nn.Module target = HostileLoad.Model();
        using var stream = new MemoryStream(SafetensorsBytes.From(source).Build());

        WeightsReport report = ModelWeights.Load(target, stream, "embedded/net.safetensors");

        Assert.That(report.Source, Is.EqualTo("embedded/net.safetensors"));
        Assert.That(Values(target, "fc.bias"), Is.EqualTo(Values(source, "fc.bias")));
    }
}
