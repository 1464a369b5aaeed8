using ClaimCheck.Running;
using Spectre.Console;

namespace ClaimCheck.Cli.Running;

/// <summary>
/// Shows how far a run is by watching the results folder fill with outcome records: a progress bar on an
/// interactive terminal, one line per finished claim otherwise (CI logs, redirected output).
/// </summary>
internal static class RunProgress
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(250);

    /// <summary>Runs <paramref name="work"/> while reporting the records of <paramref name="ids"/> as they appear.</summary>
    public static async Task<T> TrackAsync<T>(IAnsiConsole console, string folder, IReadOnlyList<string> ids, Func<Task<T>> work)
    {
        var wanted = new HashSet<string>(ids, StringComparer.Ordinal);
        if (console.Profile.Capabilities.Interactive)
        {
            return await console.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
                .StartAsync(async progress =>
                {
                    ProgressTask task = progress.AddTask($"Running {ids.Count} claim(s)", maxValue: ids.Count);
                    return await Watch(folder, wanted, work, (done, _) =>
                    {
                        task.Value = done;
                        task.Description = $"{done}/{ids.Count} claims";
                    }).ConfigureAwait(false);
                }).ConfigureAwait(false);
        }

        console.MarkupLine($"Running {ids.Count} claim(s)...");
        return await Watch(folder, wanted, work, (done, record) =>
            console.MarkupLine($"[[{done}/{ids.Count}]] {Markup.Escape(record.Verdict.ToString()),-12} {Markup.Escape(record.Id)}")).ConfigureAwait(false);
    }

    private static async Task<T> Watch<T>(string folder, HashSet<string> wanted, Func<Task<T>> work, Action<int, OutcomeRecord> finished)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        Task<T> running = work();
        while (true)
        {
            bool last = running.IsCompleted;
            foreach (string path in Directory.EnumerateFiles(folder, "*" + OutcomeRecord.FileSuffix).Order(StringComparer.Ordinal))
            {
                string id = Path.GetFileName(path)[..^OutcomeRecord.FileSuffix.Length];
                if (wanted.Contains(id) && seen.Add(id))
                {
                    finished(seen.Count, OutcomeRecord.Read(path));
                }
            }

            if (last)
            {
                return await running.ConfigureAwait(false);
            }

            await Task.WhenAny(running, Task.Delay(Poll)).ConfigureAwait(false);
        }
    }
}
