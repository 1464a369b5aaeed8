using ClaimCheck.Diagnostics;
using ClaimCheck.Execution;
using ClaimCheck.Running;
using ClaimCheck.Snapshots;
using ClaimCheck.Tests.Fixtures;
using NUnit.Framework;

namespace ClaimCheck.Tests.Running;

/// <summary>A target whose weights cannot be loaded is reported with CLM5011 on every claim, never a crash.</summary>
public class BrokenTargetTests
{
    [Test]
    public void A_truncated_weights_file_gets_CLM5011_and_the_verified_snapshot_is_left_alone()
    {
        string folder = Path.Combine(Path.GetTempPath(), "claimcheck-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            string verified = Path.Combine(folder, "Broken.Unit0.verified.json");
            File.WriteAllText(verified, "{\"verdict\": \"Holds\"}\n");
            var declaration = new ClaimDeclaration(PlantedClaim.Unit(0) with { Id = "Broken.Unit0" }, typeof(BadInput.TorchSharpTruncatedTarget), folder);

            ClaimReport report = ClaimExecution.Execute(declaration, new SnapshotSettings());

            Assert.That(report.Result.Diagnostics.Single().Id, Is.EqualTo(DiagnosticIds.AuditTargetFailed));
            Assert.That(report.Result.Diagnostics.Single().Message, Does.Contain(nameof(BadInput.TorchSharpTruncatedTarget)));
            Assert.That(report.Outcome.Status, Is.EqualTo(OutcomeStatus.Failed));
            Assert.That(File.ReadAllText(verified), Is.EqualTo("{\"verdict\": \"Holds\"}\n"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
