using System.Reflection;
using ClaimCheck.Claims;
using ClaimCheck.Diagnostics;
using ClaimCheck.Reports;
using ClaimCheck.Running;
using ClaimCheck.Snapshots;
using ClaimCheck.Targets;

namespace ClaimCheck.Execution;

/// <summary>
/// Runs a declared claim end to end, independent of any test framework: get the shared audit target, evaluate,
/// compare the verdict document with the verified snapshot, judge the outcome.
/// </summary>
public static class ClaimExecution
{
    /// <summary>
    /// Executes the claim that <paramref name="method"/> declares exactly as a test host runs it: reads its declaration
    /// and its family (<see cref="ClaimFamilyReader"/>), then evaluates it within that family. The NUnit adapter runs
    /// every <c>[Claim]</c> through this method, so any other tool that calls it (an example's report) gets the same
    /// verdicts as the test suite, with the same families, corrections and seeds.
    /// </summary>
    /// <exception cref="ClaimCheckException">A declaration error (CLM0xxx, CLM4301): the claim cannot be evaluated at all.</exception>
    public static ClaimReport Execute(MethodInfo method, SnapshotSettings settings)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(settings);
        ClaimDeclaration declaration = ClaimReader.Read(method);
        FamilyDeclaration family = ClaimFamilyReader.Read(method);
        return Execute(declaration, settings, family);
    }

    /// <summary>
    /// Executes <paramref name="declaration"/> with the snapshot settings given: alone when <paramref name="family"/> is
    /// null or unadjusted, else within its family, which is evaluated once per process for all of its claims.
    /// </summary>
    public static ClaimReport Execute(ClaimDeclaration declaration, SnapshotSettings settings, FamilyDeclaration? family = null)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        ArgumentNullException.ThrowIfNull(settings);
        ClaimResult result;
        try
        {
            SnapshotOwners.Claim(declaration);
            if (family is not null && family.Family.Correction != Claims.FamilyCorrection.None)
            {
                result = FamilyRuns.ResultFor(declaration, family);
            }
            else
            {
                AuditTarget target = AuditTargets.Get(declaration.TargetType);
                result = ClaimRunner.Run(target, declaration.Definition);
            }
        }
        catch (ClaimCheckException e)
        {
            result = ClaimRunner.TargetFailed(declaration.Definition, declaration.TargetType.Name, e.Diagnostic);
        }

        return Compare(result, declaration.SnapshotDirectory, settings);
    }

    /// <summary>
    /// Executes a claim built in code (<c>Claim.That(...)...Named(id)</c>) against the audit target instance
    /// <paramref name="target"/>, as an attribute claim is executed: evaluated alone (a family of one), its verdict
    /// document compared with <c>{claim.Id}.verified.json</c> in <paramref name="snapshotDirectory"/> (a missing or
    /// differing one is written as <c>.received.json</c> and fails the outcome unless accepting), and the outcome judged
    /// against the claim's expectation. Bad input becomes an Inconclusive verdict with its diagnostic, never an
    /// exception. Write the records with <see cref="ClaimRecords.Write(ClaimReport, string, Func{Evidence.Edits.PixelImage, byte[]})"/>; the NUnit adapter's
    /// <c>ClaimTest.Check</c> does both and ends the test with the outcome.
    /// </summary>
    /// <param name="target">The audit target, e.g. from <see cref="AuditTarget.Build"/>; the caller owns it.</param>
    /// <param name="claim">The claim; its ID names its snapshot.</param>
    /// <param name="snapshotDirectory">The folder of the claim's verified snapshot, usually beside the source that states it.</param>
    /// <param name="settings">How snapshots are compared and accepted, e.g. <see cref="SnapshotSettings.FromEnvironment()"/>.</param>
    public static ClaimReport Check(AuditTarget target, ClaimDefinition claim, string snapshotDirectory, SnapshotSettings settings)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentException.ThrowIfNullOrWhiteSpace(snapshotDirectory);
        ArgumentNullException.ThrowIfNull(settings);
        ClaimResult result;
        try
        {
            SnapshotOwners.Claim(new ClaimDeclaration(claim, target.GetType(), snapshotDirectory));
            result = ClaimRunner.Run(target, claim);
        }
        catch (ClaimCheckException e)
        {
            result = ClaimRunner.TargetFailed(claim, target.Name, e.Diagnostic);
        }

        return Compare(result, snapshotDirectory, settings);
    }

    private static ClaimReport Compare(ClaimResult result, string snapshotDirectory, SnapshotSettings settings)
    {
        SnapshotOutcome? snapshot = null;
        try
        {
            var store = new SnapshotStore(snapshotDirectory, settings);
            snapshot = store.Check(result.Claim.Id, VerdictDocument.Build(result));
        }
        catch (ClaimCheckException e)
        {
            // An invalid snapshot name or an unwritable folder is reported on the claim, never lost as a crash.
            result = result with { Diagnostics = [.. result.Diagnostics, e.Diagnostic] };
        }

        return new ClaimReport(result, snapshot, ClaimJudge.Judge(result, snapshot));
    }
}
