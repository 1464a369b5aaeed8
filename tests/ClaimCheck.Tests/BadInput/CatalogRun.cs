using ClaimCheck.Claims;
using ClaimCheck.Diagnostics;
using ClaimCheck.Execution;
using ClaimCheck.Running;
using ClaimCheck.Snapshots;
using ClaimCheck.Verdicts;
using NUnit.Framework;

namespace ClaimCheck.Tests.BadInput;

/// <summary>
/// Runs one bad-input case end to end, as a claim test does (shared audit target, evaluation, snapshot check, judge),
/// in a <see cref="GuardedFolder"/>, and checks what every case of the catalog must show: the diagnostic ID, a
/// failed (never passed) test, and a folder with nothing changed or lost.
/// </summary>
internal static class CatalogRun
{
    /// <summary>Runs <paramref name="claim"/> on <paramref name="targetType"/> and returns the diagnostic with <paramref name="expectedId"/>.</summary>
    public static Diagnostic Expect(string expectedId, Type targetType, ClaimDefinition claim, SnapshotSettings? settings = null)
    {
        string id = $"BadInput.{claim.Id.Replace("Planted.", "", StringComparison.Ordinal)}";
        using var folder = new GuardedFolder(id);
        ClaimReport report = ClaimExecution.Execute(new ClaimDeclaration(claim with { Id = id }, targetType, folder.Path), settings ?? new SnapshotSettings());

        Diagnostic? found = report.Result.Diagnostics.FirstOrDefault(d => d.Id == expectedId);
        Assert.Multiple(() =>
        {
            Assert.That(found, Is.Not.Null, $"expected {expectedId}; got:\n{report.Outcome.Message}");
            Assert.That(report.Result.Verdict, Is.EqualTo(Verdict.Inconclusive));
            Assert.That(report.Outcome.Status, Is.Not.EqualTo(OutcomeStatus.Passed), "bad input never passes");
        });
        folder.AssertNothingChangedOrLost();
        return found!;
    }
}
