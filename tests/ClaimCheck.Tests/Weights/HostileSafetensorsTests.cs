using System.Text.Json.Nodes;
using ClaimCheck.Diagnostics;
using NUnit.Framework;

namespace ClaimCheck.Tests.Weights;

/// <summary>
/// Every way a safetensors file can be wrong, built byte by byte, gives its diagnostic quickly and without allocating
/// what the file claims (see <see cref="HostileLoad"/>).
/// </summary>
public class HostileSafetensorsTests
{
    private static SafetensorsBytes Good() => SafetensorsBytes.From(HostileLoad.Model());

    private static void Entry(JsonObject header, string name, string field, JsonNode value) => header[name]![field] = value;

    [Test]
    public void A_missing_file_gets_CLM5060()
    {
        string path = Path.Combine(Path.GetTempPath(), $"claimcheck-absent-{Guid.NewGuid():N}.safetensors");

        Diagnostic error = HostileLoad.FailsAt(path);

        Assert.That(error.Id, Is.EqualTo(DiagnosticIds.WeightsFileMissing));
        Assert.That(error.Message, Does.Contain(path).And.Contain("does not exist"));
    }

    [Test]
    public void A_folder_instead_of_a_file_gets_CLM5060()
    {
        Assert.That(HostileLoad.FailsAt(Path.GetTempPath()).Message, Does.Contain("is a folder"));
    }

    [Test]
    public void A_file_shorter_than_the_header_length_gets_CLM5061()
    {
        Assert.That(HostileLoad.Fails([1, 2, 3]).Id, Is.EqualTo(DiagnosticIds.WeightsFileTruncated));
    }

    [TestCase(1UL << 40, TestName = "A header length of 2^40 is refused before anything is allocated (CLM5062)")]
    [TestCase(ulong.MaxValue, TestName = "A header length of 2^64 - 1 is refused (CLM5062)")]
    [TestCase(100_000_001UL, TestName = "A header length just over the 100 MB cap is refused (CLM5062)")]
    public void A_header_length_over_the_cap_gets_CLM5062(ulong length)
    {
        Diagnostic error = HostileLoad.Fails(Good().Build(headerLength: length));

        Assert.That(error.Id, Is.EqualTo(DiagnosticIds.WeightsFileMalformed));
        Assert.That(error.Message, Does.Contain($"{length} bytes").And.Contain("cap"));
    }

    [Test]
    public void A_header_length_past_the_end_of_the_file_gets_CLM5061()
    {
        // Under the cap, so it could be a real header of a file cut short.
        Diagnostic error = HostileLoad.Fails(Good().Build(headerLength: 50_000_000));

        Assert.That(error.Id, Is.EqualTo(DiagnosticIds.WeightsFileTruncated));
        Assert.That(error.Message, Does.Contain("50000000 bytes"));
    }

    [TestCase("{\"fc.weight\": {\"dtype\": \"F32\",", TestName = "A header cut off mid-JSON is malformed (CLM5062)")]
    [TestCase("[1, 2, 3]", TestName = "A header that is a JSON array is malformed (CLM5062)")]
    [TestCase("{\"fc.weight\": 7}", TestName = "An entry that is not an object is malformed (CLM5062)")]
    [TestCase("{\"fc.weight\": {\"dtype\": \"F32\", \"shape\": [2, 3]}}", TestName = "An entry without data_offsets is malformed (CLM5062)")]
    [TestCase("{\"a\": {\"dtype\": \"F32\", \"shape\": [1], \"data_offsets\": [0, 4]}, \"a\": {\"dtype\": \"F32\", \"shape\": [1], \"data_offsets\": [4, 8]}}", TestName = "A name given twice is malformed (CLM5062)")]
    public void A_malformed_header_gets_CLM5062(string header)
    {
        Assert.That(HostileLoad.Fails(Good().Build(rawHeader: header)).Id, Is.EqualTo(DiagnosticIds.WeightsFileMalformed));
    }

    [Test]
    public void A_header_that_is_not_UTF8_gets_CLM5062()
    {
        byte[] file = Good().Build();
        file[10] = 0xFF;

        Diagnostic error = HostileLoad.Fails(file);

        Assert.That(error.Id, Is.EqualTo(DiagnosticIds.WeightsFileMalformed));
        Assert.That(error.Message, Does.Contain("not valid JSON"));
    }

    [TestCase("F8_E4M3")]
    [TestCase("C64")]
    [TestCase("U32")]
    [TestCase("float32")]
    public void A_dtype_that_cannot_be_loaded_gets_CLM5063(string dtype)
    {
        Diagnostic error = HostileLoad.Fails(Good().Build(h => Entry(h, "fc.bias", "dtype", dtype)));

        Assert.That(error.Id, Is.EqualTo(DiagnosticIds.WeightsDtypeUnsupported));
        Assert.That(error.Message, Does.Contain($"'fc.bias' is stored as {dtype}").And.Contain("supported: BOOL"));
    }

    [Test]
    public void Integers_for_a_floating_point_parameter_get_CLM5063()
    {
        SafetensorsBytes file = Good().Remove("fc.bias").Add("fc.bias", "I32", [2], new byte[8]);

        Diagnostic error = HostileLoad.Fails(file.Build());

        Assert.That(error.Id, Is.EqualTo(DiagnosticIds.WeightsDtypeUnsupported));
        Assert.That(error.Message, Does.Contain("'fc.bias' is stored as I32 but the model's is Float32"));
    }

    [Test]
    public void A_shape_of_2_to_the_40_with_small_offsets_gets_CLM5062()
    {
        Diagnostic error = HostileLoad.Fails(Good().Build(h => Entry(h, "fc.weight", "shape", new JsonArray(1L << 40, 3))));

        Assert.That(error.Id, Is.EqualTo(DiagnosticIds.WeightsFileMalformed));
        Assert.That(error.Message, Does.Contain("F32 [1099511627776, 3], which is 13194139533312 bytes, but its data_offsets span 24 bytes"));
    }

    [Test]
    public void A_shape_of_2_to_the_40_with_offsets_to_match_gets_CLM5061()
    {
        long bytes = (1L << 40) * 3 * 4;
        Diagnostic error = HostileLoad.Fails(Good().Build(h =>
        {
            Entry(h, "fc.weight", "shape", new JsonArray(1L << 40, 3));
            Entry(h, "fc.weight", "data_offsets", new JsonArray(0, bytes));
        }));

        Assert.That(error.Id, Is.EqualTo(DiagnosticIds.WeightsFileTruncated));
        Assert.That(error.Message, Does.Contain($"ends at byte {bytes}"));
    }

    [Test]
    public void A_shape_whose_size_overflows_64_bits_gets_CLM5062()
    {
        Diagnostic error = HostileLoad.Fails(Good().Build(h => Entry(h, "fc.weight", "shape", new JsonArray(1L << 40, 1L << 40))));

        Assert.That(error.Id, Is.EqualTo(DiagnosticIds.WeightsFileMalformed));
        Assert.That(error.Message, Does.Contain("more bytes than a file can hold"));
    }

    [TestCase("[-2, 3]", TestName = "A negative dimension is malformed (CLM5062)")]
    [TestCase("[2.5, 3]", TestName = "A fractional dimension is malformed (CLM5062)")]
    [TestCase("[\"2\", 3]", TestName = "A dimension given as a string is malformed (CLM5062)")]
    [TestCase("[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,6]", TestName = "65 dimensions are malformed (CLM5062)")]
    public void A_bad_shape_gets_CLM5062(string shape)
    {
        Assert.That(HostileLoad.Fails(Good().Build(h => Entry(h, "fc.weight", "shape", JsonNode.Parse(shape)!))).Id, Is.EqualTo(DiagnosticIds.WeightsFileMalformed));
    }

    [Test]
    public void Offsets_past_the_end_of_the_file_get_CLM5061()
    {
        Diagnostic error = HostileLoad.Fails(Good().Build(h => Entry(h, "bn.num_batches_tracked", "data_offsets", new JsonArray(1_000_000, 1_000_008))));

        Assert.That(error.Id, Is.EqualTo(DiagnosticIds.WeightsFileTruncated));
        Assert.That(error.Message, Does.Contain("'bn.num_batches_tracked' ends at byte 1000008"));
    }

    [Test]
    public void A_file_cut_off_inside_the_data_gets_CLM5061()
    {
        byte[] file = Good().Build();

        Assert.That(HostileLoad.Fails(file[..^5]).Id, Is.EqualTo(DiagnosticIds.WeightsFileTruncated));
    }

    [Test]
    public void Overlapping_offsets_get_CLM5062()
    {
        // fc.bias (8 bytes) made to start 4 bytes into fc.weight.
        Diagnostic error = HostileLoad.Fails(Good().Build(h => Entry(h, "fc.bias", "data_offsets", new JsonArray(4, 12))));

        Assert.That(error.Id, Is.EqualTo(DiagnosticIds.WeightsFileMalformed));
        Assert.That(error.Message, Does.Contain("'fc.weight'").And.Contain("'fc.bias'").And.Contain("overlap"));
    }

    [Test]
    public void Offsets_that_run_backwards_get_CLM5062()
    {
        Assert.That(HostileLoad.Fails(Good().Build(h => Entry(h, "fc.bias", "data_offsets", new JsonArray(32, 24)))).Message, Does.Contain("begin <= end"));
    }

    [Test]
    public void A_file_for_another_architecture_gets_CLM5064_with_both_shapes()
    {
        Diagnostic error = HostileLoad.Fails(SafetensorsBytes.From(Wider()).Build());

        Assert.That(error.Id, Is.EqualTo(DiagnosticIds.WeightsShapeMismatch));
        Assert.That(error.Message, Does.Contain("'fc.weight' is [2, 5] in the file but [2, 3] in the model"));
    }

    [Test]
    public void A_tensor_the_model_has_and_the_file_lacks_gets_CLM5065()
    {
        Diagnostic error = HostileLoad.Fails(Good().Remove("bn.running_mean").Build());

        Assert.That(error.Id, Is.EqualTo(DiagnosticIds.WeightsNamesMismatch));
        Assert.That(error.Message, Does.Contain("1 tensor of the model is not in the file (bn.running_mean)"));
    }

    [Test]
    public void A_tensor_the_file_has_and_the_model_lacks_gets_CLM5065()
    {
        Diagnostic error = HostileLoad.Fails(Good().AddFloats("head.weight", [1], [0.5f]).Build());

        Assert.That(error.Id, Is.EqualTo(DiagnosticIds.WeightsNamesMismatch));
        Assert.That(error.Message, Does.Contain("1 tensor of the file names nothing in the model (head.weight)"));
    }

    [TestCase(float.NaN)]
    [TestCase(float.PositiveInfinity)]
    [TestCase(float.NegativeInfinity)]
    public void Non_finite_weights_get_CLM5066_naming_the_tensor(float bad)
    {
        byte[] file = SafetensorsBytes.From(HostileLoad.Model(), (name, v) => name == "fc.weight" ? [1, bad, 3, bad, 5, 6] : v).Build();

        Diagnostic error = HostileLoad.Fails(file);

        Assert.That(error.Id, Is.EqualTo(DiagnosticIds.NonFiniteWeights));
        Assert.That(error.Message, Does.Contain("2 NaN or infinite values in 1 tensor: 'fc.weight' (2 of 6)"));
    }

    // The same layers with 5 inputs instead of 3: same names, other shapes.
    private static TorchSharp.torch.nn.Module Wider() =>
        TorchSharp.torch.nn.Sequential(("fc", TorchSharp.torch.nn.Linear(5, 2)), ("bn", TorchSharp.torch.nn.BatchNorm1d(2)));
}
