using ClaimCheck.Claims;
using ClaimCheck.Evidence.HeldOut;
using ClaimCheck.Execution;
using ClaimCheck.Reports;
using ClaimCheck.Running;
using ClaimCheck.Snapshots;
using ClaimCheck.Tests.Fixtures;
using NUnit.Framework;

namespace ClaimCheck.Tests.Records;

/// <summary>
/// The records of a claim actually run, written by <see cref="ClaimRecords.Write(ClaimReport, string, Func{Evidence.Edits.PixelImage, byte[]})"/> and read back by
/// <see cref="ClaimRecords.Read"/> as reports and the command line read them: every field comes back, and the snapshot
/// (the rounded document) reads back through the same type to the same bytes.
/// </summary>
public class ClaimRecordsRoundTripTests
{
    private static readonly PlantedTarget Target = new();

    [Test]
    public void A_claim_run_writes_records_that_read_back_field_for_field()
    {
        string folder = Path.Combine(Path.GetTempPath(), "claimcheck-tests", Guid.NewGuid().ToString("N"));
        ClaimDefinition claim = PlantedClaim.Unit(0) with { Id = "Planted.RoundTrip" };
        try
        {
            ClaimExecution.Check(Target, claim, folder, new SnapshotSettings { Accept = true });
            ClaimReport report = ClaimExecution.Check(Target, claim, folder, new SnapshotSettings());
            ClaimRecords.Write(report, Path.Combine(folder, "records"), encodePng: null);

            ClaimRecord read = ClaimRecords.Read(Path.Combine(folder, "records")).Single();
            VerdictDocument written = VerdictDocument.Of(report.Result, fullPrecision: true);
            string verified = File.ReadAllText(report.Snapshot!.VerifiedPath);

            Assert.Multiple(() =>
            {
                Assert.That(read.Id, Is.EqualTo("Planted.RoundTrip"));
                Assert.That(read.Document.ToText(), Is.EqualTo(written.ToText()));
                Assert.That(read.Document.Verdict, Is.EqualTo(report.Result.Verdict));
                Assert.That(read.Document.KeyFigures, Is.EqualTo(written.KeyFigures));
                Assert.That(HeldOutSplitPlot.In(read.Document.PlotData!)?.Select(s => s.Split), Is.EqualTo(HeldOutSplitPlot.In(written.PlotData!)?.Select(s => s.Split)));
                Assert.That(read.Outcome?.ToText(), Is.EqualTo(OutcomeRecord.From(report).ToText()));
                Assert.That(read.Outcome?.Status, Is.EqualTo(OutcomeStatus.Passed));
                // The snapshot file is the rounded document: it reads back through the same type to the same bytes.
                Assert.That(VerdictDocument.Parse(verified, report.Snapshot.VerifiedPath).ToText(), Is.EqualTo(verified));
                Assert.That(verified, Is.EqualTo(VerdictDocument.Of(report.Result).ToText()));
            });
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private static FamilyMember Member(ClaimDefinition claim) => new(claim, () => Target, Target.Name);

    [Test]
    public void A_family_member_document_reads_back_with_its_family()
    {
        IReadOnlyList<ClaimResult> results = FamilyRunner.Run(
            [Member(PlantedClaim.Unit(0)), Member(PlantedClaim.Unit(7))],
            new ClaimFamily("planted", FamilyCorrection.Holm));
        VerdictDocument written = VerdictDocument.Of(results[1], fullPrecision: true);

        VerdictDocument read = VerdictDocument.Parse(written.ToText(), "memory");

        Assert.That(read.Family, Is.EqualTo(written.Family));
        Assert.That(read.Family!.Size, Is.EqualTo(2));
        Assert.That(read.ToText(), Is.EqualTo(written.ToText()));
    }
}
