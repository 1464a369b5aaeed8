using ClaimCheck.Diagnostics;
using ClaimCheck.Torch;
using ClaimCheck.Weights;
using NUnit.Framework;
using TorchSharp;
using static TorchSharp.torch;

namespace ClaimCheck.Tests.Weights;

/// <summary>
/// TorchSharp's own format (<c>module.save</c>) goes through the same checks: a file TorchSharp wrote loads; a cut,
/// lying or foreign file gets its diagnostic instead of TorchSharp's unchecked reader.
/// </summary>
public class TorchSharpFormatTests
{
    private static byte[] Saved(nn.Module module)
    {
        string path = Path.Combine(Path.GetTempPath(), $"claimcheck-saved-{Guid.NewGuid():N}.dat");
        try
        {
            module.save(path);
            return File.ReadAllBytes(path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    // LEB128, as TorchSharp writes every count, code and dimension.
    private static byte[] Leb(ulong value)
    {
        var bytes = new List<byte>();
        do
        {
            byte next = (byte)(value & 0x7F);
            value >>= 7;
            bytes.Add(value == 0 ? next : (byte)(next | 0x80));
        }
        while (value != 0);
        return bytes.ToArray();
    }

    private static byte[] Concat(params byte[][] parts) => parts.SelectMany(p => p).ToArray();

    private static byte[] Name(string name) => Concat(Leb((ulong)name.Length), System.Text.Encoding.UTF8.GetBytes(name));

    [Test]
    public void A_file_TorchSharp_saved_loads_through_the_checks()
    {
        nn.Module source = HostileLoad.Model();
        using (no_grad())
        {
            source.state_dict()["fc.weight"].add_(TorchScalars.One, alpha: TorchScalars.One);
        }

        nn.Module target = HostileLoad.Model();
        string path = Path.Combine(Path.GetTempPath(), $"claimcheck-saved-{Guid.NewGuid():N}.dat");
        File.WriteAllBytes(path, Saved(source));
        try
        {
            WeightsReport report = ModelWeights.Load(target, path);

            Assert.That(report.Format, Is.EqualTo(WeightsFormat.TorchSharp));
            Assert.That(report.Tensors, Is.EqualTo(7));
            Assert.That(target.state_dict()["fc.weight"].allclose(source.state_dict()["fc.weight"], rtol: 0, atol: 0), Is.True);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [TestCase(0.5, TestName = "A TorchSharp file cut in half gets CLM5061")]
    [TestCase(0.9, TestName = "A TorchSharp file missing its last tenth gets CLM5061")]
    public void A_cut_file_gets_CLM5061(double kept)
    {
        byte[] bytes = Saved(HostileLoad.Model());

        Assert.That(HostileLoad.Fails(bytes[..(int)(bytes.Length * kept)], ".dat").Id, Is.EqualTo(DiagnosticIds.WeightsFileTruncated));
    }

    [Test]
    public void An_empty_file_gets_CLM5061()
    {
        Assert.That(HostileLoad.Fails([], ".dat").Id, Is.EqualTo(DiagnosticIds.WeightsFileTruncated));
    }

    [Test]
    public void A_count_of_2_to_the_60_tensors_gets_CLM5062()
    {
        Diagnostic error = HostileLoad.Fails(Concat(Leb(1UL << 60), Name("fc.weight")), ".dat");

        Assert.That(error.Id, Is.EqualTo(DiagnosticIds.WeightsFileMalformed));
        Assert.That(error.Message, Does.Contain("declares 1152921504606846976 tensors"));
    }

    [Test]
    public void A_name_of_2_to_the_40_bytes_gets_CLM5062()
    {
        Assert.That(HostileLoad.Fails(Concat(Leb(1), Leb(1UL << 40), new byte[16]), ".dat").Id, Is.EqualTo(DiagnosticIds.WeightsFileMalformed));
    }

    [Test]
    public void A_shape_of_2_to_the_40_gets_CLM5061_without_allocating_it()
    {
        // One float32 tensor "fc.weight" of shape [2^40, 3] followed by 24 bytes.
        byte[] file = Concat(Leb(1), Name("fc.weight"), Leb(6), Leb(2), Leb(1UL << 40), Leb(3), new byte[24]);

        Diagnostic error = HostileLoad.Fails(file, ".dat");

        Assert.That(error.Id, Is.EqualTo(DiagnosticIds.WeightsFileTruncated));
        Assert.That(error.Message, Does.Contain("[1099511627776, 3], which is 13194139533312 bytes, but only 24 bytes are left"));
    }

    [Test]
    public void A_number_longer_than_64_bits_gets_CLM5062()
    {
        Assert.That(HostileLoad.Fails(Enumerable.Repeat((byte)0xFF, 12).ToArray(), ".dat").Id, Is.EqualTo(DiagnosticIds.WeightsFileMalformed));
    }

    [Test]
    public void A_complex_scalar_type_gets_CLM5063()
    {
        byte[] file = Concat(Leb(1), Name("fc.weight"), Leb(9), Leb(1), Leb(1), new byte[8]);

        Diagnostic error = HostileLoad.Fails(file, ".dat");

        Assert.That(error.Id, Is.EqualTo(DiagnosticIds.WeightsDtypeUnsupported));
        Assert.That(error.Message, Does.Contain("scalar type 9"));
    }

    [Test]
    public void A_PyTorch_pickle_archive_gets_CLM5062_with_how_to_export_safetensors()
    {
        byte[] zip = [.. "PK\u0003\u0004"u8, .. new byte[60]];

        Diagnostic error = HostileLoad.Fails(zip, ".pt");

        Assert.That(error.Id, Is.EqualTo(DiagnosticIds.WeightsFileMalformed));
        Assert.That(error.Message, Does.Contain("torch.save").And.Contain("safetensors.torch.save_file"));
    }

    [Test]
    public void A_TorchSharp_file_of_another_architecture_gets_CLM5064()
    {
        byte[] wider = Saved(nn.Sequential(("fc", nn.Linear(4, 2)), ("bn", nn.BatchNorm1d(2))));

        Assert.That(HostileLoad.Fails(wider, ".dat").Id, Is.EqualTo(DiagnosticIds.WeightsShapeMismatch));
    }

    [Test]
    public void A_TorchSharp_file_of_other_layers_gets_CLM5065()
    {
        byte[] other = Saved(nn.Sequential(("encoder", nn.Linear(3, 2)), ("bn", nn.BatchNorm1d(2))));

        Diagnostic error = HostileLoad.Fails(other, ".dat");

        Assert.That(error.Id, Is.EqualTo(DiagnosticIds.WeightsNamesMismatch));
        Assert.That(error.Message, Does.Contain("(fc.bias, fc.weight)").And.Contain("(encoder.bias, encoder.weight)"));
    }

    [Test]
    public void Non_finite_weights_in_a_TorchSharp_file_get_CLM5066()
    {
        nn.Module broken = HostileLoad.Model();
        using (no_grad())
        {
            using Scalar nan = float.NaN.ToScalar();
            broken.state_dict()["fc.bias"].fill_(nan);
        }

        Assert.That(HostileLoad.Fails(Saved(broken), ".dat").Id, Is.EqualTo(DiagnosticIds.NonFiniteWeights));
    }
}
