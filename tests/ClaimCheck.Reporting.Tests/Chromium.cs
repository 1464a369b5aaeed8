using System.Diagnostics;
using NUnit.Framework;

namespace ClaimCheck.Reporting.Tests;

/// <summary>
/// Debian's headless Chromium, run as a reader would open the report: from disk, no network, a throwaway profile.
/// Missing locally, a test using it is ignored with the reason; missing under CI=true, the test fails, because CI
/// installs it (.ci/run) and a silently skipped browser check would let a broken report through.
/// </summary>
internal static class Chromium
{
    /// <summary>Generous: chromium's start on a loaded 2-core machine takes tens of seconds (D-Bus timeouts included).</summary>
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    private static readonly string[] Candidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser"];

    /// <summary>The browser's path, or the test ends (ignored locally, failed under CI).</summary>
    public static string Require()
    {
        string? path = Environment.GetEnvironmentVariable("CHROMIUM") is { Length: > 0 } configured ? configured : Candidates.FirstOrDefault(File.Exists);
        if (path is not null && File.Exists(path))
        {
            return path;
        }

        const string Missing = "chromium is not installed (Debian: apt-get install chromium; or set CHROMIUM to its path)";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail(Missing + "; CI=true, and CI must check the report in a real browser");
        }

        Assert.Ignore(Missing + "; the report was not checked in a browser");
        return string.Empty;
    }

    /// <summary>Runs chromium headless on <paramref name="page"/> with <paramref name="action"/> (e.g. --dump-dom); returns stdout.</summary>
    public static string Run(string chromium, string page, string profile, params string[] action)
    {
        var start = new ProcessStartInfo(chromium)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
            "--disable-extensions", "--hide-scrollbars", $"--user-data-dir={profile}",
        }.Concat(action).Append(new Uri(Path.GetFullPath(page)).AbsoluteUri))
        {
            start.ArgumentList.Add(argument);
        }

        using Process process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {chromium}");
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"chromium did not finish within {Timeout.TotalSeconds} s");
        }

        process.WaitForExit();
        Assert.That(process.ExitCode, Is.Zero, () => $"chromium exited with {process.ExitCode}:\n{Tail(errors.Result)}");
        return output.Result;
    }

    private static string Tail(string text) => text.Length <= 4000 ? text : text[^4000..];
}
