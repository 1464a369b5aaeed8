using System.Text.Json.Nodes;
using ClaimCheck.Diagnostics;
using ClaimCheck.Reports;
using ClaimCheck.Running;
using ClaimCheck.Snapshots;
using ClaimCheck.Verdicts;
using NUnit.Framework;

namespace ClaimCheck.Reporting.Tests;

/// <summary>The core's reader of a results folder, as reports and the command line use it.</summary>
public class ResultsFolderTests
{
    private const string RealId = "BottleneckClaims.Unit3MeansStripes";

    [Test]
    public void A_missing_folder_is_CLM4250()
    {
        var e = Assert.Throws<ClaimCheckException>(() => ClaimRecords.Read(Path.Combine(Path.GetTempPath(), "no-such-claimcheck-results")));
        Assert.That(e!.Diagnostic.Id, Is.EqualTo(DiagnosticIds.ResultsFolderMissing));
    }

    [Test]
    public void A_folder_without_results_is_CLM4251()
    {
        using var folder = new TempFolder();
        File.WriteAllText(Path.Combine(folder.Path, "notes.txt"), "not a result");

        var e = Assert.Throws<ClaimCheckException>(() => ClaimRecords.Read(folder.Path));
        Assert.That(e!.Diagnostic.Id, Is.EqualTo(DiagnosticIds.NoClaimResults));
    }

    private static IEnumerable<TestCaseData> Unreadable()
    {
        string real = RealResultsText();
        yield return new TestCaseData(real[..(real.Length / 2)]).SetName("A truncated document is CLM4252");
        yield return new TestCaseData("[1, 2]").SetName("A JSON array is CLM4252");
        foreach (string field in new[] { "verdict", "id", "claim", "subject", "seeds", "fingerprints" })
        {
            yield return new TestCaseData(Without(real, field)).SetName($"A document without its {field} is CLM4252");
        }

        yield return new TestCaseData(real.Replace("\"verdict\": \"Brittle\"", "\"verdict\": \"Perhaps\"", StringComparison.Ordinal))
            .SetName("A document whose verdict is no verdict is CLM4252");
        yield return new TestCaseData(real.Replace("\"concept\": \"stripes\"", "\"concept\": null", StringComparison.Ordinal))
            .SetName("A document whose concept is null is CLM4252");
    }

    [TestCaseSource(nameof(Unreadable))]
    public void An_unreadable_result_names_its_file(string text)
    {
        using var folder = new TempFolder();
        File.WriteAllText(Path.Combine(folder.Path, "A.B.full.json"), text);

        var e = Assert.Throws<ClaimCheckException>(() => ClaimRecords.Read(folder.Path));
        Assert.That(e!.Diagnostic.Id, Is.EqualTo(DiagnosticIds.ClaimResultUnreadable));
        Assert.That(e.Diagnostic.Message, Does.Contain("A.B.full.json"));
    }

    [Test]
    public void An_outcome_record_that_cannot_be_read_is_CLM4252_naming_it()
    {
        using var folder = new TempFolder();
        File.WriteAllText(Path.Combine(folder.Path, "A.B.full.json"), RealResultsText());
        File.WriteAllText(Path.Combine(folder.Path, "A.B.outcome.json"), Without(Outcome("A.B").ToText(), "status"));

        var e = Assert.Throws<ClaimCheckException>(() => ClaimRecords.Read(folder.Path));
        Assert.That(e!.Diagnostic.Id, Is.EqualTo(DiagnosticIds.ClaimResultUnreadable));
        Assert.That(e.Diagnostic.Message, Does.Contain("A.B.outcome.json"));
    }

    [Test]
    public void Outcome_and_counterexamples_are_read_beside_the_document_and_kept_apart_per_claim()
    {
        using var folder = new TempFolder();
        File.WriteAllText(Path.Combine(folder.Path, "C.M.full.json"), RealResultsText());
        File.WriteAllText(Path.Combine(folder.Path, "C.M.Extra.full.json"), RealResultsText());
        File.WriteAllText(Path.Combine(folder.Path, "C.M.outcome.json"), Outcome("C.M").ToText());
        File.WriteAllBytes(Path.Combine(folder.Path, "C.M.Add.counterexample.png"), [1, 2, 3]);
        // Belongs to C.M.Extra, whose ID starts with C.M: must not be read as a "Extra.Add" kind of C.M.
        File.WriteAllBytes(Path.Combine(folder.Path, "C.M.Extra.Add.counterexample.png"), [4]);

        IReadOnlyList<ClaimRecord> results = ClaimRecords.Read(folder.Path);

        Assert.That(results.Select(r => r.Id), Is.EqualTo(new[] { "C.M", "C.M.Extra" }));
        Assert.Multiple(() =>
        {
            Assert.That(results[0].Outcome?.Status, Is.EqualTo(OutcomeStatus.Failed));
            Assert.That(results[0].Outcome?.Message, Is.EqualTo("verdict differs"));
            Assert.That(results[0].Counterexamples.Select(c => c.Kind), Is.EqualTo(new[] { "Add" }));
            Assert.That(results[0].Counterexamples[0].Png, Is.EqualTo(new byte[] { 1, 2, 3 }));
            Assert.That(results[1].Outcome, Is.Null);
            Assert.That(results[1].Counterexamples.Select(c => c.Png.Length), Is.EqualTo(new[] { 1 }));
        });
    }

    [Test]
    public void The_real_results_read_with_their_verdicts()
    {
        IReadOnlyList<ClaimRecord> results = ClaimRecords.Read(RealResults.Folder);

        Assert.That(results.Select(r => r.Id), Is.EqualTo(RealResults.Ids));
        Assert.That(results.Select(r => r.Id), Is.EqualTo(results.Select(r => r.Document.Id)), "each file holds its own claim's document");
        Assert.That(results.Select(r => r.Document.Verdict).Distinct(), Is.SupersetOf(new[] { Verdict.Holds, Verdict.Brittle, Verdict.Refuted }));
    }

    private static string RealResultsText() => File.ReadAllText(Path.Combine(RealResults.Folder, RealId + ClaimRecords.FullSuffix));

    private static string Without(string json, string field)
    {
        JsonObject node = JsonNode.Parse(json)!.AsObject();
        Assert.That(node.Remove(field), Is.True, $"the record has a '{field}' to remove");
        return node.ToJsonString();
    }

    // Written by the core's own type: the outcome a failed claim's host leaves.
    private static OutcomeRecord Outcome(string id) => new()
    {
        Id = id,
        Claim = "unit 3 of the bottleneck means stripes",
        Target = "stripes world",
        Verdict = Verdict.Brittle,
        Expected = null,
        DecisiveIds = ["CLM1102"],
        Status = OutcomeStatus.Failed,
        Message = "verdict differs",
        Snapshot = new OutcomeSnapshot(SnapshotStatus.Matched, "/repo/C.M.verified.json", null),
    };
}
