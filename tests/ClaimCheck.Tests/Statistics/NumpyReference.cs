using System.Diagnostics;
using NUnit.Framework;

namespace ClaimCheck.Tests.Statistics;

/// <summary>
/// Runs a reference script of <c>Statistics/reference</c> with a Python that has numpy: CLAIMCHECK_PYTHON when set (the
/// only one tried then), else python3 on PATH, then Debian's /usr/bin/python3 (PATH may lead to a pyenv Python or a
/// virtual environment without numpy). Without numpy the calling test is ignored with a message naming the Debian
/// package, except under <c>CI=true</c>, where it fails: CI installs python3-numpy (.ci/debian-packages).
/// </summary>
internal static class NumpyReference
{
    private const string Package = "python3-numpy";

    private static readonly Lazy<(string? Python, string Tried)> Interpreter = new(Find, LazyThreadSafetyMode.ExecutionAndPublication);

    private static string[] Candidates =>
        Environment.GetEnvironmentVariable("CLAIMCHECK_PYTHON") is { Length: > 0 } chosen ? [chosen] : ["python3", "/usr/bin/python3"];

    /// <summary>Runs <paramref name="script"/> with <paramref name="arguments"/>; returns what it printed.</summary>
    public static string Run(string script, params string[] arguments)
    {
        (string? python, string tried) = Interpreter.Value;
        if (python is null)
        {
            string message = $"this reference test needs numpy ({tried}); install it with: sudo apt-get install -y --no-install-recommends {Package}";
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                Assert.Fail("CI=true: " + message);
            }

            Assert.Ignore(message);
        }

        string path = Path.Combine(RepositoryRoot.Find(), "tests", "ClaimCheck.Tests", "Statistics", "reference", script);
        (int code, string output) = Execute(python!, [path, .. arguments]);
        // numpy is there, so a failing script is a defect of the test, never a reason to skip it.
        Assert.That(code, Is.Zero, $"{python} {path} failed:\n{output}");
        return output;
    }

    private static (string? Python, string Tried) Find()
    {
        var tried = new List<string>();
        foreach (string candidate in Candidates)
        {
            (int code, string output) = Execute(candidate, ["-c", "import numpy"]);
            if (code == 0)
            {
                return (candidate, string.Empty);
            }

            string last = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault() ?? "no output";
            tried.Add($"{candidate}: {last}");
        }

        return (null, string.Join("; ", tried));
    }

    private static (int Code, string Output) Execute(string fileName, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using Process process = Process.Start(start)!;
            Task<string> stdout = process.StandardOutput.ReadToEndAsync();
            Task<string> stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
            {
                process.Kill(entireProcessTree: true);
                return (-1, $"{fileName} did not finish within 2 minutes");
            }

            return (process.ExitCode, stdout.Result + stderr.Result);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return (-1, $"cannot start {fileName}: {e.Message}");
        }
    }
}
