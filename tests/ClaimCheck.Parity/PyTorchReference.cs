using System.Diagnostics;
using NUnit.Framework;

namespace ClaimCheck.Parity;

/// <summary>
/// The folder that <c>reference/make_reference.py</c> wrote with Debian's PyTorch, made once per test run. Without
/// PyTorch the tests that need it are ignored with a message naming the Debian package, except under <c>CI=true</c>,
/// where they fail: CI must install it (.ci/debian-packages).
/// </summary>
internal static class PyTorchReference
{
    private const string Packages = "python3-torch python3-numpy";

    // CLAIMCHECK_PYTHON when set (the only one tried then); else python3 on PATH, then Debian's own interpreter, the
    // one python3-torch installs into, for machines where PATH leads to another Python (pyenv, a virtual environment).
    private static string[] Interpreters =>
        Environment.GetEnvironmentVariable("CLAIMCHECK_PYTHON") is { Length: > 0 } chosen ? [chosen] : ["python3", "/usr/bin/python3"];

    private static readonly Lazy<(string? Folder, string? Missing)> Made = new(Make, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The reference folder; ignores the test (fails it under CI) when PyTorch is missing.</summary>
    public static string Folder
    {
        get
        {
            (string? folder, string? missing) = Made.Value;
            if (folder is not null)
            {
                return folder;
            }

            string message = $"the PyTorch parity test needs Debian's {Packages} ({missing}); install them with: sudo apt-get install -y --no-install-recommends {Packages}";
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                Assert.Fail("CI=true: " + message);
            }

            Assert.Ignore(message);
            return string.Empty;
        }
    }

    /// <summary>A file of the reference folder.</summary>
    public static string File(string name) => Path.Combine(Folder, name);

    /// <summary>Deletes the folder, if one was made.</summary>
    public static void Delete()
    {
        if (Made.IsValueCreated && Made.Value.Folder is { } folder && Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static (string? Folder, string? Missing) Make()
    {
        string? python = null;
        var tried = new List<string>();
        foreach (string candidate in Interpreters)
        {
            (int code, string output) = Run(candidate, ["-c", "import torch, numpy"]);
            if (code == 0)
            {
                python = candidate;
                break;
            }

            tried.Add($"{candidate}: {LastLine(output)}");
        }

        if (python is null)
        {
            return (null, string.Join("; ", tried));
        }

        string folder = Path.Combine(Path.GetTempPath(), $"claimcheck-parity-{Guid.NewGuid():N}");
        string script = Path.Combine(AppContext.BaseDirectory, "reference", "make_reference.py");
        (int exit, string log) = Run(python, [script, folder]);
        // PyTorch is there, so a failing script is a defect of the test, never a reason to skip it.
        Assert.That(exit, Is.Zero, $"{python} {script} {folder} failed:\n{log}");
        TestContext.Progress.WriteLine($"PyTorch reference: {log.Trim()}");
        return (folder, null);
    }

    private static (int Code, string Output) Run(string fileName, IEnumerable<string> arguments)
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
            if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
            {
                process.Kill(entireProcessTree: true);
                return (-1, $"{fileName} did not finish within 3 minutes");
            }

            return (process.ExitCode, stdout.Result + stderr.Result);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return (-1, $"cannot start {fileName}: {e.Message}");
        }
    }

    private static string LastLine(string output) =>
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault() ?? "no output";
}

/// <summary>Deletes the reference folder after the last test of the assembly.</summary>
[SetUpFixture]
public sealed class PyTorchReferenceCleanup
{
    /// <summary>Deletes the folder.</summary>
    [OneTimeTearDown]
    public void DeleteReference() => PyTorchReference.Delete();
}
