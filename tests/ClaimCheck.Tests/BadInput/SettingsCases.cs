using ClaimCheck.Claims;
using ClaimCheck.Diagnostics;
using ClaimCheck.Evidence.Edits;
using ClaimCheck.Evidence.HeldOut;
using ClaimCheck.Snapshots;
using ClaimCheck.Tests.Fixtures;
using NUnit.Framework;

namespace ClaimCheck.Tests.BadInput;

/// <summary>Bad-input catalog, thresholds and settings out of range at run time (claims built in code skip the analyzers).</summary>
public class SettingsCases
{
    [TestCase(0.5, TestName = "MinAuroc of 0.5 (chance) CLM0010")]
    [TestCase(1.5, TestName = "MinAuroc above 1 CLM0010")]
    [TestCase(double.NaN, TestName = "MinAuroc NaN CLM0010")]
    public void Held_out_threshold_out_of_range_CLM0010(double minAuroc)
    {
        Assert.That(CatalogRun.Expect(DiagnosticIds.HeldOutSettingOutOfRange, typeof(PlantedTarget), PlantedClaim.Unit(0, spec: new HeldOutSettings { MinAuroc = minAuroc })).Message,
            Does.Contain("MinAuroc"));
    }

    [Test]
    public void Edit_failure_limit_out_of_range_CLM4101()
    {
        ClaimDefinition claim = PlantedClaim.Unit(0).WithEdits(EditSettings.Default with { FailureLimit = 1.5 });

        Assert.That(CatalogRun.Expect(DiagnosticIds.SettingOutOfRange, typeof(ThrowingEncoderTarget), claim).Message, Does.Contain("FailureLimit = 1.5"));
    }

    [Test]
    public void Held_out_null_too_small_CLM0010()
    {
        Assert.That(CatalogRun.Expect(DiagnosticIds.HeldOutSettingOutOfRange, typeof(PlantedTarget), PlantedClaim.Unit(0, spec: new HeldOutSettings { NullDirections = 10 })).Message,
            Does.Contain("NullDirections"));
    }

    [Test]
    public void Snapshot_tolerance_out_of_range_CLM4101()
    {
        // Settings are built before any claim runs, so this one is refused where it is made.
        ClaimCheckException error = Assert.Throws<ClaimCheckException>(() => _ = new SnapshotSettings { NumberTolerance = -0.1 })!;

        Assert.That(error.Diagnostic.Id, Is.EqualTo(DiagnosticIds.SettingOutOfRange));
    }
}
