using System.CommandLine;
using ClaimCheck.Cli.Output;
using ClaimCheck.Cli.Selection;
using ClaimCheck.Diagnostics;
using ClaimCheck.Snapshots;
using Spectre.Console;

namespace ClaimCheck.Cli.Commands;

/// <summary>
/// <c>claimcheck accept</c>: moves received snapshots over the verified ones, showing each difference first.
/// Refused under <c>CI=true</c> (CLM4004, exit 2): accepting is the human review step.
/// </summary>
internal static class AcceptCommand
{
    public static Command Create(CliContext context)
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "Received snapshot files, or folders to search (bin, obj, .git skipped). Default: the current folder.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var names = new Option<string[]>("--name", "-n")
        {
            Description = "Accept only snapshots whose name (Class.Method) contains this text, or matches it as a wildcard pattern. Repeatable.",
        };
        var dryRun = new Option<bool>("--dry-run") { Description = "Show what would be accepted, and the differences, without moving anything." };
        var command = new Command("accept", "Accept received snapshots (.received.json -> .verified.json), showing each diff.") { paths, names, dryRun };
        command.SetAction(parsed => Run(context, parsed.GetValue(paths) ?? [], parsed.GetValue(names) ?? [], parsed.GetValue(dryRun)));
        return command;
    }

    private static int Run(CliContext context, string[] paths, string[] names, bool dryRun)
    {
        IAnsiConsole console = context.Console;
        SnapshotSettings settings = SnapshotSettingsOf(context);
        string[] roots = paths.Length == 0 ? ["."] : paths;
        foreach (string root in roots.Where(r => !File.Exists(context.FullPath(r)) && !Directory.Exists(context.FullPath(r))))
        {
            throw new ClaimCheckException(DiagnosticIds.CliInputNotFound, $"{context.FullPath(root)} does not exist");
        }

        PendingSnapshot[] all = roots.SelectMany(r => SnapshotAcceptance.Find(context.FullPath(r)))
            .DistinctBy(p => p.ReceivedPath, StringComparer.Ordinal)
            .ToArray();
        NamePattern[] patterns = names.Select(n => new NamePattern(n)).ToArray();
        PendingSnapshot[] chosen = all.Where(p => NamePattern.AnyMatches(patterns, p.Name)).ToArray();
        if (all.Length == 0)
        {
            console.MarkupLine("Nothing to accept: no .received.json file found.");
            return ExitCodes.Success;
        }

        if (chosen.Length == 0)
        {
            throw new ClaimCheckException(DiagnosticIds.NothingToAccept,
                $"no received snapshot matches {string.Join(" or ", names)}; received snapshots: {string.Join(", ", all.Select(p => p.Name))}");
        }

        if (settings.IsCi && !dryRun)
        {
            // Checked before anything is shown or moved: a pipeline must not approve even one snapshot.
            throw new ClaimCheckException(DiagnosticIds.AcceptRefusedInCi,
                $"accept refused under CI=true ({chosen.Length} received snapshot(s) left as they are): a pipeline never approves its own snapshots; review them, accept locally and commit the .verified.json files");
        }

        foreach (PendingSnapshot pending in chosen)
        {
            console.Write(new Rule($"[yellow]{Markup.Escape(pending.Name)}[/]").LeftJustified());
            console.MarkupLine($"[grey]{Markup.Escape(pending.ReceivedPath)}[/]");
            console.WriteLine(SnapshotAcceptance.Describe(pending, settings).TrimEnd());
            if (!dryRun)
            {
                SnapshotAcceptance.Accept(pending, settings);
                console.MarkupLine($"[green]accepted[/] -> {Markup.Escape(pending.VerifiedPath)}");
            }
        }

        console.MarkupLine(dryRun
            ? $"{chosen.Length} snapshot(s) would be accepted (dry run: nothing moved)."
            : $"{chosen.Length} snapshot(s) accepted; review and commit the .verified.json files.");
        return ExitCodes.Success;
    }

    // The test hosts' reading of CI ("1" or "true", case ignored), from the command's own environment.
    private static SnapshotSettings SnapshotSettingsOf(CliContext context) => SnapshotSettings.FromEnvironment(context.Variable);
}
