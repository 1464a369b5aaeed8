using ClaimCheck.Diagnostics;
using ClaimCheck.Tests.Fixtures;
using NUnit.Framework;

namespace ClaimCheck.Tests.BadInput;

/// <summary>
/// Bad-input catalog, the weights: an audit target that loads its weights with <c>ModelWeights</c> reports a bad file
/// on every claim with the file's own diagnostic. (The loader's hostile-file cases are in tests/ClaimCheck.Tests/Weights.)
/// </summary>
public class WeightsCases
{
    [Test]
    public void Weights_file_missing_CLM5060()
    {
        Assert.That(CatalogRun.Expect(DiagnosticIds.WeightsFileMissing, typeof(MissingWeightsTarget), PlantedClaim.Unit(0)).Message,
            Does.Contain("does not exist"));
    }

    [Test]
    public void Weights_file_truncated_CLM5061()
    {
        Assert.That(CatalogRun.Expect(DiagnosticIds.WeightsFileTruncated, typeof(TruncatedWeightsFileTarget), PlantedClaim.Unit(0)).Message,
            Does.Contain("'layer.weight' ends at byte 1024"));
    }

    [Test]
    public void Weights_file_for_another_architecture_CLM5064()
    {
        Assert.That(CatalogRun.Expect(DiagnosticIds.WeightsShapeMismatch, typeof(OtherArchitectureWeightsTarget), PlantedClaim.Unit(0)).Message,
            Does.Contain("'layer.weight' is [16, 8] in the file but [16, 16] in the model"));
    }

    [Test]
    public void Weights_file_with_NaN_CLM5066()
    {
        Assert.That(CatalogRun.Expect(DiagnosticIds.NonFiniteWeights, typeof(NaNWeightsTarget), PlantedClaim.Unit(0)).Message,
            Does.Contain("'layer.weight' (1 of 256)"));
    }

    [Test]
    public void Audit_target_that_cannot_be_built_CLM5011()
    {
        // TorchSharp's own loader, unchecked, on a file cut in half (see BrokenTargetTests): the constructor's exception is reported.
        Assert.That(CatalogRun.Expect(DiagnosticIds.AuditTargetFailed, typeof(TorchSharpTruncatedTarget), PlantedClaim.Unit(0)).Message,
            Does.Contain(nameof(TorchSharpTruncatedTarget)));
    }
}

/// <summary>The planted target loading a TorchSharp file cut in half with TorchSharp's own <c>load</c>.</summary>
public sealed class TorchSharpTruncatedTarget : PlantedTarget
{
    public TorchSharpTruncatedTarget()
    {
        string path = Path.Combine(Path.GetTempPath(), $"claimcheck-truncated-{Guid.NewGuid():N}.dat");
        try
        {
            Model.save(path);
            byte[] bytes = File.ReadAllBytes(path);
            File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);
            Model.load(path);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
