using System.CommandLine;
using ClaimCheck.Cli.Inputs;
using ClaimCheck.Cli.Output;
using ClaimCheck.Diagnostics;
using ClaimCheck.Running;
using Spectre.Console;

namespace ClaimCheck.Cli.Commands;

/// <summary>
/// <c>claimcheck dangling</c>: lists verified snapshots that no claim of the assembly produces any more. Exit 1 when
/// there are some (a CI gate keeps the snapshot folders honest), 0 with <c>--no-fail</c>.
/// </summary>
internal static class DanglingCommand
{
    // Build outputs hold copies of nothing reviewable; version control and packages are not snapshot folders either.
    private static readonly HashSet<string> SkippedFolders = new(StringComparer.Ordinal) { "bin", "obj", ".git", "node_modules", "TestResults" };

    public static Command Create(CliContext context)
    {
        Argument<string> path = CommonOptions.InputArgument("The claim project, a folder with one, or a built claim assembly (.dll).");
        var folders = new Option<string[]>("--dir", "-d")
        {
            Description = "Also look for snapshots in this folder (not recursive). Repeatable. With a project, its folder tree is searched anyway.",
        };
        var noBuild = new Option<bool>("--no-build") { Description = "Do not build the project first (it must be built in Release)." };
        var noFail = new Option<bool>("--no-fail") { Description = "Exit 0 even when dangling snapshots are found (report only)." };
        var command = new Command("dangling", "List .verified.json files that no claim produces any more.") { path, folders, noBuild, noFail };
        command.SetAction((parsed, cancellation) =>
            RunAsync(context, parsed.GetValue(path)!, parsed.GetValue(folders) ?? [], parsed.GetValue(noBuild), parsed.GetValue(noFail), cancellation));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, string path, string[] folders, bool noBuild, bool noFail, CancellationToken cancellation)
    {
        IAnsiConsole console = context.Console;
        ClaimInput input = ClaimInput.Resolve(path, context);
        string assembly = await ProjectBuild.AssemblyOfAsync(input, noBuild, context, cancellation).ConfigureAwait(false);
        IReadOnlyList<CatalogedClaim> claims = ClaimCatalog.Read(ClaimAssemblyLoader.Load(assembly));
        foreach (string folder in folders.Where(f => !Directory.Exists(context.FullPath(f))))
        {
            throw new ClaimCheckException(DiagnosticIds.CliInputNotFound, $"the snapshot folder {context.FullPath(folder)} does not exist");
        }

        IEnumerable<string> searched = folders.Select(context.FullPath);
        if (input.IsProject)
        {
            searched = searched.Concat(SnapshotFolders(input.Folder));
        }

        IReadOnlyList<string> dangling = DanglingSnapshots.Find(claims, searched.ToArray());
        foreach (string file in dangling)
        {
            DiagnosticOutput.Write(console, new Diagnostic(DiagnosticIds.DanglingSnapshot, Severity.Warning,
                $"{file} is produced by no claim of {Path.GetFileName(assembly)} (was the claim renamed or deleted?); delete it, or restore the claim"));
        }

        console.MarkupLine(dangling.Count == 0
            ? $"No dangling snapshots: every .verified.json belongs to one of the {claims.Count} claim(s) of {Markup.Escape(Path.GetFileName(assembly))}."
            : $"{dangling.Count} dangling snapshot(s) among the snapshots of {claims.Count} claim(s).");
        return dangling.Count > 0 && !noFail ? ExitCodes.Findings : ExitCodes.Success;
    }

    /// <summary>The folders under <paramref name="root"/> that hold verified snapshots, build outputs skipped.</summary>
    private static IEnumerable<string> SnapshotFolders(string root)
    {
        var pending = new Stack<string>([root]);
        while (pending.Count > 0)
        {
            string folder = pending.Pop();
            if (Directory.EnumerateFiles(folder, "*.verified.json").Any())
            {
                yield return folder;
            }

            foreach (string child in Directory.EnumerateDirectories(folder).Where(c => !SkippedFolders.Contains(Path.GetFileName(c))))
            {
                pending.Push(child);
            }
        }
    }
}
