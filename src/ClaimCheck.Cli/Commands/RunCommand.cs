using System.CommandLine;
using ClaimCheck.Cli.Inputs;
using ClaimCheck.Cli.Output;
using ClaimCheck.Cli.Running;
using ClaimCheck.Cli.Selection;
using ClaimCheck.Diagnostics;
using ClaimCheck.Running;
using Spectre.Console;

namespace ClaimCheck.Cli.Commands;

/// <summary>
/// <c>claimcheck run</c>: finds the claims of a project or assembly, keeps those the filters choose, runs them with
/// <c>dotnet test</c> (records into the results folder), and ends with the verdict table. Exit 1 when a claim fails.
/// </summary>
internal static class RunCommand
{
    public static Command Create(CliContext context)
    {
        Argument<string> path = CommonOptions.InputArgument("The claim project, a folder with one, or a built claim assembly (.dll).");
        var names = new Option<string[]>("--name", "-n")
        {
            Description = "Run claims whose ID (Class.Method) contains this text, or matches it as a wildcard pattern (BottleneckClaims.*). Repeatable.",
            AllowMultipleArgumentsPerToken = false,
        };
        var worlds = new Option<string[]>("--world", "-w")
        {
            Description = "Run claims about this audit target type (e.g. StripesWorldTarget). Repeatable.",
        };
        var verdicts = new Option<string[]>("--verdict")
        {
            Description = $"Run claims whose verified snapshot records this verdict ({string.Join(", ", ClaimFilter.VerdictChoices)}; 'new' = no snapshot yet). Repeatable.",
        };
        verdicts.AcceptOnlyFromAmong(ClaimFilter.VerdictChoices);
        var results = new Option<string>("--results", "-r")
        {
            Description = $"The folder for the run's records; emptied first (default: ./{ResultsDirectory.Default}).",
            DefaultValueFactory = _ => ResultsDirectory.Default,
        };
        var noBuild = new Option<bool>("--no-build") { Description = "Do not build the project first (it must be built in Release)." };
        var list = new Option<bool>("--list") { Description = "List the chosen claims and stop, without running them." };
        var strict = new Option<bool>("--fail-on-inconclusive") { Description = "Exit 1 when a claim is inconclusive, not only when one fails." };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "Show the test host's output as it runs." };

        var command = new Command("run", "Run the claims of a project or assembly and print a verdict table.")
        {
            path, names, worlds, verdicts, results, noBuild, list, strict, verbose,
        };
        command.SetAction((parsed, cancellation) => RunAsync(context, new Request(
            parsed.GetValue(path)!,
            new ClaimFilter(parsed.GetValue(names) ?? [], parsed.GetValue(worlds) ?? [], parsed.GetValue(verdicts) ?? []),
            parsed.GetValue(results)!,
            parsed.GetValue(noBuild),
            parsed.GetValue(list),
            parsed.GetValue(strict),
            parsed.GetValue(verbose)), cancellation));
        return command;
    }

    private sealed record Request(string Path, ClaimFilter Filter, string Results, bool NoBuild, bool List, bool FailOnInconclusive, bool Verbose);

    private static async Task<int> RunAsync(CliContext context, Request request, CancellationToken cancellation)
    {
        IAnsiConsole console = context.Console;
        ClaimInput input = ClaimInput.Resolve(request.Path, context);
        string assembly = await ProjectBuild.AssemblyOfAsync(input, request.NoBuild, context, cancellation).ConfigureAwait(false);
        IReadOnlyList<CatalogedClaim> selected = request.Filter.Apply(ClaimCatalog.Read(ClaimAssemblyLoader.Load(assembly)), assembly);
        if (request.List)
        {
            ClaimList.Write(console, selected);
            return ExitCodes.Success;
        }

        string folder = context.FullPath(request.Results);
        ResultsDirectory.Prepare(folder);
        Action<string>? echo = request.Verbose ? line => console.WriteLine(line) : null;
        ChildResult run = await RunProgress.TrackAsync(console, folder, selected.Select(c => c.Id).ToArray(),
            () => TestRun.RunAsync(context, assembly, selected.Select(c => c.TestName), folder, echo, cancellation)).ConfigureAwait(false);

        Dictionary<string, OutcomeRecord> records = OutcomeRecord.ReadFolder(folder).ToDictionary(r => r.Id, StringComparer.Ordinal);
        VerdictRow[] rows = selected.Select(c => Row(c, records.GetValueOrDefault(c.Id))).ToArray();
        VerdictTable.Write(console, rows, folder);

        bool unrecorded = rows.Any(r => r.Record is null && r.Problem?.Id == DiagnosticIds.ClaimLeftNoRecord);
        bool failed = rows.Any(r => r.Status == OutcomeStatus.Failed);
        if (unrecorded || (run.ExitCode != 0 && !failed))
        {
            // The host stopped early, or failed for a reason no claim reported: show what it said.
            DiagnosticOutput.Write(console, new Diagnostic(DiagnosticIds.BuildFailed, Severity.Error,
                $"'dotnet test' exited with code {run.ExitCode}; its last lines (all of them are in {Path.Combine(folder, TestRun.LogFile)}):\n{run.Tail(25)}"));
            return ExitCodes.ToolFailure;
        }

        if (failed || (request.FailOnInconclusive && rows.Any(r => r.Status == OutcomeStatus.Inconclusive)))
        {
            return ExitCodes.Findings;
        }

        return ExitCodes.Success;
    }

    private static VerdictRow Row(CatalogedClaim claim, OutcomeRecord? record)
    {
        if (record is not null)
        {
            return new VerdictRow(claim.Id, record, null);
        }

        // A claim whose declaration is broken fails before it is evaluated, so it never writes a record.
        return new VerdictRow(claim.Id, null, claim.Error ?? new Diagnostic(DiagnosticIds.ClaimLeftNoRecord, Severity.Error,
            $"the claim {claim.Id} ran but left no outcome record; the test host may have stopped or skipped it"));
    }
}
