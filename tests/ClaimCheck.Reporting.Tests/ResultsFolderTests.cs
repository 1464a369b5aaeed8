using ClaimCheck.Diagnostics;
using ClaimCheck.Reporting.Results;
using NUnit.Framework;

namespace ClaimCheck.Reporting.Tests;

public class ResultsFolderTests
{
    [Test]
    public void A_missing_folder_is_CLM4250()
    {
        var e = Assert.Throws<ClaimCheckException>(() => ResultsFolder.Read(Path.Combine(Path.GetTempPath(), "no-such-claimcheck-results")));
        Assert.That(e!.Diagnostic.Id, Is.EqualTo(DiagnosticIds.ResultsFolderMissing));
    }

    [Test]
    public void A_folder_without_results_is_CLM4251()
    {
        using var folder = new TempFolder();
        File.WriteAllText(Path.Combine(folder.Path, "notes.txt"), "not a result");

        var e = Assert.Throws<ClaimCheckException>(() => ResultsFolder.Read(folder.Path));
        Assert.That(e!.Diagnostic.Id, Is.EqualTo(DiagnosticIds.NoClaimResults));
    }

    [TestCase("{ \"id\": \"A.B\", \"claim\": \"x\"", TestName = "Truncated JSON is CLM4252")]
    [TestCase("[1, 2]", TestName = "A JSON array is CLM4252")]
    [TestCase("{ \"id\": \"A.B\", \"claim\": \"x\" }", TestName = "A document without a verdict is CLM4252")]
    public void An_unreadable_result_names_its_file(string text)
    {
        using var folder = new TempFolder();
        File.WriteAllText(Path.Combine(folder.Path, "A.B.full.json"), text);

        var e = Assert.Throws<ClaimCheckException>(() => ResultsFolder.Read(folder.Path));
        Assert.That(e!.Diagnostic.Id, Is.EqualTo(DiagnosticIds.ClaimResultUnreadable));
        Assert.That(e.Diagnostic.Message, Does.Contain("A.B.full.json"));
    }

    [Test]
    public void Outcome_and_counterexamples_are_read_beside_the_document_and_kept_apart_per_claim()
    {
        using var folder = new TempFolder();
        const string Document = "{ \"id\": \"C.M\", \"claim\": \"c\", \"verdict\": \"Brittle\" }";
        File.WriteAllText(Path.Combine(folder.Path, "C.M.full.json"), Document);
        File.WriteAllText(Path.Combine(folder.Path, "C.M.Extra.full.json"), Document.Replace("C.M", "C.M.Extra", StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(folder.Path, "C.M.outcome.json"), "{ \"status\": \"Failed\", \"message\": \"verdict differs\" }");
        File.WriteAllBytes(Path.Combine(folder.Path, "C.M.Add.counterexample.png"), [1, 2, 3]);
        // Belongs to C.M.Extra, whose ID starts with C.M: must not be read as a "Extra.Add" kind of C.M.
        File.WriteAllBytes(Path.Combine(folder.Path, "C.M.Extra.Add.counterexample.png"), [4]);

        IReadOnlyList<ClaimResultFile> results = ResultsFolder.Read(folder.Path);

        Assert.That(results.Select(r => r.Id), Is.EqualTo(new[] { "C.M", "C.M.Extra" }));
        Assert.Multiple(() =>
        {
            Assert.That(results[0].Outcome, Is.EqualTo(new TestOutcomeRecord("Failed", "verdict differs")));
            Assert.That(results[0].Counterexamples.Select(c => c.Kind), Is.EqualTo(new[] { "Add" }));
            Assert.That(results[0].Counterexamples[0].Png, Is.EqualTo(new byte[] { 1, 2, 3 }));
            Assert.That(results[1].Outcome, Is.Null);
            Assert.That(results[1].Counterexamples.Select(c => c.Png.Length), Is.EqualTo(new[] { 1 }));
        });
    }

    [Test]
    public void The_real_results_read_with_their_verdicts()
    {
        IReadOnlyList<ClaimResultFile> results = ResultsFolder.Read(RealResults.Folder);

        Assert.That(results.Select(r => r.Id), Is.EqualTo(RealResults.Ids));
        Assert.That(results.Select(r => r.Document["verdict"]!.GetValue<string>()).Distinct(), Is.SupersetOf(new[] { "Holds", "Brittle", "Refuted" }));
    }
}
