using System.CommandLine;
using System.Globalization;
using ClaimCheck.Capture.Disk;
using Spectre.Console;

namespace ClaimCheck.Cli.Commands;

/// <summary>
/// <c>claimcheck cache</c>: where the activation store on disk is (the folder <c>CLAIMCHECK_ACTIVATION_CACHE</c> names,
/// or the default), its entries and their total size; <c>claimcheck cache clear</c> deletes them. A folder that cannot
/// be listed or cleared (a file stands there) exits 2 with CLM4103.
/// </summary>
internal static class CacheCommand
{
    public static Command Create(CliContext context)
    {
        var clear = new Command("clear", "Delete every entry of the activation store on disk (other files in the folder stay).");
        clear.SetAction(_ => Clear(context));
        var command = new Command("cache", "Show where captured activations are kept between runs, their entries and size.") { clear };
        command.SetAction(_ => Show(context));
        return command;
    }

    private static int Show(CliContext context)
    {
        IAnsiConsole console = context.Console;
        if (Folder(context) is not { } folder)
        {
            return ExitCodes.Success;
        }

        IReadOnlyList<ActivationCacheEntry> entries = folder.Entries();
        IReadOnlyList<string> unfinished = folder.UnfinishedWrites();
        long total = entries.Sum(e => e.Bytes);
        console.MarkupLine(entries.Count == 0
            ? Directory.Exists(folder.Path) ? "No entries." : "No entries (the folder does not exist yet: the first run that captures creates it)."
            : $"{entries.Count} {(entries.Count == 1 ? "entry" : "entries")}, {Size(total)} in all:");
        foreach (ActivationCacheEntry entry in entries)
        {
            string name = Path.GetFileName(entry.Path);
            console.MarkupLine(entry.Problem is { } problem
                ? Markup.Escape($"  {name}  {Size(entry.Bytes)}  not usable: {problem} (the next run that needs it captures it again)")
                : Markup.Escape(string.Create(CultureInfo.InvariantCulture,
                    $"  {name}  {Size(entry.Bytes)}  layer '{entry.Layer}' ({entry.Reduction}), {entry.Rows:N0} examples × {entry.Units:N0} units, model {entry.Model}, data {entry.Data}")));
        }

        if (unfinished.Count > 0)
        {
            console.MarkupLine($"{unfinished.Count} unfinished write(s): temporary files of a run in progress or of one that stopped; runs delete them once they are an hour old.");
        }

        return ExitCodes.Success;
    }

    private static int Clear(CliContext context)
    {
        if (Folder(context) is not { } folder)
        {
            return ExitCodes.Success;
        }

        long bytes = folder.Entries().Sum(e => e.Bytes);
        int deleted = folder.Clear();
        context.Console.MarkupLine(Markup.Escape($"Deleted {deleted} file(s) ({Size(bytes)} of entries) from {folder.Path}."));
        return ExitCodes.Success;
    }

    /// <summary>Prints which folder the setting names, and why; null (after saying so) when the store on disk is off.</summary>
    private static ActivationCacheFolder? Folder(CliContext context)
    {
        string? setting = context.Variable(ActivationCacheSetting.EnvironmentVariable);
        string? path = ActivationCacheSetting.Folder(context.Variable, context.WorkingDirectory);
        if (path is null)
        {
            context.Console.MarkupLine(Markup.Escape(
                $"The activation store on disk is off ({ActivationCacheSetting.EnvironmentVariable}={setting}): activations stay in memory, nothing is kept between runs."));
            return null;
        }

        string why = string.IsNullOrWhiteSpace(setting)
            ? $"the default; set {ActivationCacheSetting.EnvironmentVariable} to a folder, or to '{ActivationCacheSetting.Off}', to change it"
            : $"from {ActivationCacheSetting.EnvironmentVariable}";
        context.Console.MarkupLine(Markup.Escape($"Activation cache: {path} ({why})"));
        return new ActivationCacheFolder(path);
    }

    private static string Size(long bytes) => bytes switch
    {
        < 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes} B"),
        < 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.0} KiB"),
        < 1024L * 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):0.0} MiB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024 * 1024):0.00} GiB"),
    };
}
