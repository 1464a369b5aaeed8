using ClaimCheck.Diagnostics;
using ClaimCheck.Execution;
using ClaimCheck.Running;
using ClaimCheck.Snapshots;
using NUnit.Framework;
using NUnit.Framework.Interfaces;
using NUnit.Framework.Internal;
using NUnit.Framework.Internal.Commands;

namespace ClaimCheck.NUnit;

/// <summary>Evaluates the claim after the method body and turns its outcome into the NUnit result.</summary>
internal sealed class ClaimCommand : DelegatingTestCommand
{
    /// <summary>
    /// How an inconclusive claim ends: NUnit's Warning status, labelled Inconclusive. NUnit's own Inconclusive status
    /// reaches VSTest as outcome None, which `dotnet test` leaves out of every total (a project whose claims were all
    /// inconclusive printed "Total: 0" and exited 0). Warning reaches it as Skipped, counted, and a run settings file
    /// can map it to Failed for a stricter gate (NUnit.MapWarningTo; docs/outcomes.md).
    /// </summary>
    internal static readonly ResultState InconclusiveClaim = new(TestStatus.Warning, "Inconclusive");

    public ClaimCommand(TestCommand innerCommand)
        : base(innerCommand)
    {
    }

    public override TestResult Execute(TestExecutionContext context)
    {
        context.CurrentResult = innerCommand.Execute(context);
        if (context.CurrentResult.ResultState != ResultState.Success)
        {
            return context.CurrentResult;
        }

        ClaimReport report;
        try
        {
            report = ClaimExecution.Execute(Test.Method!.MethodInfo, SnapshotSettings.FromEnvironment());
        }
        catch (ClaimCheckException e)
        {
            context.CurrentResult.SetResult(ResultState.Failure, e.Diagnostic.ToString());
            return context.CurrentResult;
        }

        ClaimOutput.Publish(report, context.CurrentResult.OutWriter);
        switch (report.Outcome.Status)
        {
            case OutcomeStatus.Passed:
                context.CurrentResult.SetResult(ResultState.Success);
                break;
            case OutcomeStatus.Inconclusive:
                context.CurrentResult.SetResult(InconclusiveClaim, report.Outcome.Message);
                break;
            default:
                context.CurrentResult.SetResult(ResultState.Failure, report.Outcome.Message);
                break;
        }

        return context.CurrentResult;
    }
}
