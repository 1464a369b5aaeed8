using System.Reflection;
using System.Runtime.CompilerServices;
using ClaimCheck.Execution;
using ClaimCheck.Claims;
using ClaimCheck.Running;
using ClaimCheck.Snapshots;
using ClaimCheck.Targets;
using NUnit.Framework;

namespace ClaimCheck.NUnit;

/// <summary>Runs claims built in code inside an NUnit test, with everything a <c>[Claim]</c> method gets.</summary>
/// <example>
/// <code>
/// [Test]
/// public void Unit0MeansA() =>
///     ClaimTest.Check(Target, Claim.That(Subjects.Unit("layer", 0)).Means("a").WithHeldOut().Named("MyClaims.Unit0MeansA"));
/// </code>
/// </example>
public static class ClaimTest
{
    /// <summary>
    /// Executes <paramref name="claim"/> against the audit target instance <paramref name="target"/> exactly as a
    /// <c>[Claim]</c> method is executed (<see cref="ClaimExecution.Check"/>): its snapshot
    /// <c>{claim.Id}.verified.json</c> beside the calling source file, accepted with <c>CLAIMCHECK_ACCEPT=1</c>; its
    /// records in the results folder, attached to the test; its verdict line and diagnostics in the output. The test
    /// then fails when the claim's outcome fails, gets a warning when it is inconclusive (counted as skipped, as an
    /// inconclusive <c>[Claim]</c> is), and goes on when it passes.
    /// </summary>
    /// <param name="target">The audit target, e.g. from <see cref="AuditTarget.Build"/>; the caller owns it.</param>
    /// <param name="claim">The claim; its ID names its snapshot.</param>
    /// <param name="sourceFile">Filled in by the compiler; do not pass it.</param>
    /// <returns>The report, for further assertions.</returns>
    [MethodImpl(MethodImplOptions.NoInlining)] // the calling assembly must be the caller's, not an inlined frame's
    public static ClaimReport Check(AuditTarget target, ClaimDefinition claim, [CallerFilePath] string sourceFile = "")
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(claim);
        // Where a [Claim]'s snapshot lives: beside the source that states it, also under a deterministic CI build,
        // which records the source as /_/... (the calling assembly holds the mapping back).
        string directory = SourcePathMap.SnapshotFolder(sourceFile, Assembly.GetCallingAssembly());
        ClaimReport report = ClaimExecution.Check(target, claim, directory, SnapshotSettings.FromEnvironment());
        ClaimOutput.Publish(report, TestContext.Out);
        switch (report.Outcome.Status)
        {
            case OutcomeStatus.Passed:
                break;
            case OutcomeStatus.Inconclusive:
                Assert.Warn(report.Outcome.Message);
                break;
            default:
                Assert.Fail(report.Outcome.Message);
                break;
        }

        return report;
    }
}
