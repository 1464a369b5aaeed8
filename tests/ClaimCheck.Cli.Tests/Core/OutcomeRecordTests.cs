using ClaimCheck.Diagnostics;
using ClaimCheck.Running;
using ClaimCheck.Snapshots;
using ClaimCheck.Verdicts;
using NUnit.Framework;

namespace ClaimCheck.Cli.Tests.Core;

/// <summary>The outcome record the core writes for every host, read back as the CLI and reports read it.</summary>
public class OutcomeRecordTests
{
    private static readonly OutcomeRecord Sample = new()
    {
        Id = "BottleneckClaims.Unit3MeansStripes",
        Claim = "unit 3 of the bottleneck means stripes",
        Target = "stripes world",
        Verdict = Verdict.Brittle,
        Expected = new OutcomeExpectation(Verdict.Brittle, ["CLM1102"]),
        DecisiveIds = ["CLM1102"],
        Status = OutcomeStatus.Passed,
        Message = "Brittle       BottleneckClaims.Unit3MeansStripes: unit 3 of the bottleneck means stripes",
        Snapshot = new OutcomeSnapshot(SnapshotStatus.Matched, "/repo/examples/StripesWorld.Claims/BottleneckClaims.Unit3MeansStripes.verified.json", null),
    };

    [Test]
    public void A_record_survives_writing_and_reading()
    {
        using var folder = new Support.TemporaryFolder();
        string path = folder.File("BottleneckClaims.Unit3MeansStripes.outcome.json");
        File.WriteAllText(path, Sample.ToText());

        OutcomeRecord read = OutcomeRecord.Read(path);

        // Lists compare by reference in a record's equality: compared apart, then left out.
        Assert.That(read with { Expected = null, DecisiveIds = [] }, Is.EqualTo(Sample with { Expected = null, DecisiveIds = [] }));
        Assert.That(read.Expected!.Verdict, Is.EqualTo(Sample.Expected!.Verdict));
        Assert.That(read.Expected.Diagnostics, Is.EqualTo(Sample.Expected.Diagnostics));
        Assert.That(read.DecisiveIds, Is.EqualTo(Sample.DecisiveIds));
        Assert.That(read.ToText(), Is.EqualTo(Sample.ToText()));
    }

    [Test]
    public void The_record_names_its_format_first_and_keeps_no_expectation_as_null()
    {
        string text = (Sample with { Expected = null }).ToText();

        Assert.That(text, Does.StartWith("{\n  \"format\": \"claimcheck-outcome/1\",\n  \"id\": \"BottleneckClaims.Unit3MeansStripes\""));
        Assert.That(text, Does.Contain("\"expected\": null"));
    }

    [Test]
    public void A_record_of_another_format_is_refused_with_CLM4003()
    {
        using var folder = new Support.TemporaryFolder();
        string path = folder.File("X.outcome.json");
        File.WriteAllText(path, "{ \"format\": \"claimcheck-outcome/99\" }");

        var error = Assert.Throws<ClaimCheckException>(() => OutcomeRecord.Read(path));

        Assert.That(error!.Diagnostic.Id, Is.EqualTo(DiagnosticIds.SnapshotMalformed));
        Assert.That(error.Diagnostic.Message, Does.Contain("its format is 'claimcheck-outcome/99'"));
    }

    [Test]
    public void A_record_that_lacks_a_required_field_is_refused_with_CLM4003_naming_it()
    {
        using var folder = new Support.TemporaryFolder();
        string path = folder.File("X.outcome.json");
        var json = System.Text.Json.Nodes.JsonNode.Parse(Sample.ToText())!.AsObject();
        json.Remove("status");
        File.WriteAllText(path, json.ToJsonString());

        var error = Assert.Throws<ClaimCheckException>(() => OutcomeRecord.Read(path));

        Assert.That(error!.Diagnostic.Id, Is.EqualTo(DiagnosticIds.SnapshotMalformed));
        Assert.That(error.Diagnostic.Message, Does.Contain("status"));
    }

    [Test]
    public void The_results_folder_is_the_variable_when_set_else_the_host_fallback()
    {
        string fallback = Path.Combine(Path.GetTempPath(), "host-work", "claimcheck");

        Assert.That(ResultsFolder.Resolve(fallback, _ => null), Is.EqualTo(fallback));
        Assert.That(ResultsFolder.Resolve(fallback, _ => "  "), Is.EqualTo(fallback));
        Assert.That(ResultsFolder.Resolve(fallback, name => name == ResultsFolder.Variable ? "/tmp/run-7" : null), Is.EqualTo("/tmp/run-7"));
    }
}
