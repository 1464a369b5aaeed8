using ClaimCheck.Claims;
using ClaimCheck.Evidence.Edits;
using ClaimCheck.Execution;
using ClaimCheck.Reports;
using ClaimCheck.Running;
using ClaimCheck.Snapshots;
using ClaimCheck.Tests.Fixtures;
using NUnit.Framework;

namespace ClaimCheck.Tests.Edits;

/// <summary>
/// The engine draws a counterexample as pixels and leaves the file format to its host: the records hold one picture
/// per failing kind, in the bytes the host's encoder gives, and none where the host gives no encoder or the encoder
/// cannot draw.
/// </summary>
public class CounterexampleRecordsTests
{
    // Unit 1 reads a + b: nudging b (a nuisance of concept a) moves it, so the nuisance kind finds a counterexample.
    private static readonly ClaimDefinition PolysemanticWithEdits = (PlantedClaim.Unit(1) with { Id = "Planted.PicturedEdits" }).WithEdits(EditSettings.Default with { Cases = 40 });

    private string _folder = "";

    [SetUp]
    public void CreateFolder() => _folder = Directory.CreateTempSubdirectory("claimcheck-pictures-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    [Test]
    public void Each_failing_kind_gets_a_picture_file_in_the_bytes_the_host_encodes()
    {
        ClaimReport report = ReportOnImages();
        PixelImage nuisance = report.Result.Edits!.Pictures[EditKind.Nuisance];
        var encoded = new List<PixelImage>();

        IReadOnlyList<RecordFile> records = ClaimRecords.Write(report, Path.Combine(_folder, "records"), pixels =>
        {
            encoded.Add(pixels);
            return [(byte)pixels.Width, (byte)pixels.Height];
        });

        string picture = Path.Combine(_folder, "records", "Planted.PicturedEdits.Nuisance.counterexample.png");
        Assert.Multiple(() =>
        {
            Assert.That(encoded, Does.Contain(nuisance), "the engine's pixels are what the host encodes");
            Assert.That(records.Select(r => r.Path), Does.Contain(picture));
            Assert.That(File.ReadAllBytes(picture), Is.EqualTo(new[] { (byte)nuisance.Width, (byte)nuisance.Height }));
            Assert.That(Path.GetFileName(records[^1].Path), Is.EqualTo("Planted.PicturedEdits.outcome.json"), "the outcome record comes last");
        });
    }

    [Test]
    public void Without_an_encoder_or_when_it_cannot_draw_no_picture_is_written()
    {
        ClaimReport report = ReportOnImages();

        IReadOnlyList<RecordFile> without = ClaimRecords.Write(report, Path.Combine(_folder, "without"), encodePng: null);
        IReadOnlyList<RecordFile> failing = ClaimRecords.Write(report, Path.Combine(_folder, "failing"), _ => null);

        Assert.Multiple(() =>
        {
            Assert.That(without.Select(r => Path.GetFileName(r.Path)), Is.EqualTo(new[] { "Planted.PicturedEdits.full.json", "Planted.PicturedEdits.outcome.json" }));
            Assert.That(failing.Select(r => Path.GetFileName(r.Path)), Is.EqualTo(new[] { "Planted.PicturedEdits.full.json", "Planted.PicturedEdits.outcome.json" }));
            Assert.That(Directory.GetFiles(Path.Combine(_folder, "failing"), "*.png"), Is.Empty);
        });
    }

    // Inputs of shape [1, 4, 4] are gray images, so the failing nuisance kind is drawn.
    private ClaimReport ReportOnImages()
    {
        using var target = new PlantedEditsTarget(new PlantedTarget.Options { ExampleShape = [1, 4, 4] });
        ClaimReport report = ClaimExecution.Check(target, PolysemanticWithEdits, _folder, new SnapshotSettings { Accept = true });
        Assert.That(report.Result.Edits!.Pictures.Keys, Does.Contain(EditKind.Nuisance), string.Join("\n", report.Result.Diagnostics));
        return report;
    }
}
