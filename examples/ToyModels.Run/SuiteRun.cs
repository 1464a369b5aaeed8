using System.Reflection;
using ClaimCheck;
using ClaimCheck.Diagnostics;
using ClaimCheck.Execution;
using ClaimCheck.Running;
using ClaimCheck.Snapshots;

namespace ToyModels.Run;

/// <summary>One claim of the suite as the report ran it: its report, or the declaration error that stopped it.</summary>
/// <param name="Id">The claim's ID, <c>{Class}.{Method}</c>.</param>
/// <param name="Method">The claim method.</param>
/// <param name="Report">What the run produced, or null when the declaration is broken.</param>
/// <param name="Error">The declaration error, or null.</param>
internal sealed record SuiteClaim(string Id, MethodInfo Method, ClaimReport? Report, Diagnostic? Error)
{
    /// <summary>How the test suite would end this claim: the report's status, Failed for a broken declaration.</summary>
    public OutcomeStatus Status => Report?.Outcome.Status ?? OutcomeStatus.Failed;
}

/// <summary>
/// Runs the toy-model claim suite (its sources, assembly attributes included, are compiled into this program; see the
/// project file) through <see cref="ClaimExecution.Execute(MethodInfo, SnapshotSettings)"/>, the entry point the NUnit
/// adapter runs every claim through. The verdicts are therefore the suite's by construction: the same families
/// (<see cref="ClaimFamilyReader"/>), the same corrections and the same seeds, never a claim judged alone.
/// </summary>
internal static class SuiteRun
{
    /// <summary>Every claim of the suite, in ID order.</summary>
    public static IReadOnlyList<SuiteClaim> Evaluate()
    {
        // Never accepts a snapshot, whatever CLAIMCHECK_ACCEPT says: a report reads the suite, it does not approve it.
        // A snapshot that differs leaves its .received.json for review, as the suite's run would.
        var settings = new SnapshotSettings();
        return [.. ClaimMethods().Select(method => Run(method, settings))];
    }

    /// <summary>The claim methods compiled into this program, ordered by ID.</summary>
    public static IEnumerable<MethodInfo> ClaimMethods() =>
        typeof(SuiteRun).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(m => m.GetCustomAttribute<ClaimDeclarationAttribute>() is not null)
            .OrderBy(Id, StringComparer.Ordinal);

    private static SuiteClaim Run(MethodInfo method, SnapshotSettings settings)
    {
        try
        {
            return new SuiteClaim(Id(method), method, ClaimExecution.Execute(method, settings), null);
        }
        catch (ClaimCheckException e)
        {
            // The suite fails such a claim with this diagnostic before evaluating anything; so does the report.
            return new SuiteClaim(Id(method), method, null, e.Diagnostic);
        }
    }

    private static string Id(MethodInfo method) => $"{method.DeclaringType!.Name}.{method.Name}";
}
