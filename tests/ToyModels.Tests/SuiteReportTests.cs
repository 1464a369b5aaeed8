using System.Diagnostics;
using ClaimCheck.Running;
using NUnit.Framework;
using ToyModels.Run;

namespace ToyModels.Tests;

/// <summary>
/// The toy-model report (<c>dotnet run --project examples/ToyModels.Run -- report</c>) ends every claim as the claim
/// suite's own run does: the suite is run here with <c>dotnet test</c> (its records read back from the results folder),
/// the report's evaluation in process, and each claim's verdict, decisive IDs and outcome must agree. Whatever the
/// verdict rules decide, the two cannot drift apart: a claim judged outside its family would.
/// </summary>
public class SuiteReportTests
{
    [Test]
    public void TheReportEndsEveryClaimAsTheSuitesOwnDotnetTestRunDoes()
    {
        string results = Path.Combine(Path.GetTempPath(), "toymodels-suite-" + Guid.NewGuid().ToString("N"));
        try
        {
            // The suite's test host runs in its own process while the report evaluates here: two runs, one wait.
            using Process suiteRun = StartSuite(results);
            IReadOnlyList<SuiteClaim> report = SuiteRun.Evaluate();
            Dictionary<string, OutcomeRecord> suite = Records(suiteRun, results).ToDictionary(r => r.Id, StringComparer.Ordinal);

            Assert.That(report.Select(c => c.Id), Is.EquivalentTo(suite.Keys), "the report runs every claim of the suite, and no other");
            Assert.Multiple(() =>
            {
                foreach (SuiteClaim claim in report)
                {
                    OutcomeRecord record = suite[claim.Id];
                    Assert.That(claim.Report, Is.Not.Null, $"{claim.Id}: {claim.Error}");
                    ClaimResult result = claim.Report!.Result;
                    Assert.That(result.Verdict, Is.EqualTo(record.Verdict), $"{claim.Id}: the report's verdict");
                    Assert.That(OutcomeRecord.From(claim.Report).DecisiveIds, Is.EqualTo(record.DecisiveIds), $"{claim.Id}: the report's diagnostic IDs");
                    Assert.That(claim.Status, Is.EqualTo(record.Status), $"{claim.Id}: the report's outcome");
                }
            });
        }
        finally
        {
            if (Directory.Exists(results))
            {
                Directory.Delete(results, recursive: true);
            }
        }
    }

    // `dotnet test` on the built claim suite, its records written into `results` (the command line's mechanism).
    private static Process StartSuite(string results)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("test");
        start.ArgumentList.Add(SuiteAssembly());
        start.Environment[ResultsFolder.Variable] = results;
        start.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
        start.Environment.Remove("CLAIMCHECK_ACCEPT");
        return Process.Start(start)!;
    }

    private static IReadOnlyList<OutcomeRecord> Records(Process suiteRun, string results)
    {
        Task<string> error = suiteRun.StandardError.ReadToEndAsync();
        string output = suiteRun.StandardOutput.ReadToEnd();
        suiteRun.WaitForExit();
        IReadOnlyList<OutcomeRecord> records = Directory.Exists(results) ? OutcomeRecord.ReadFolder(results) : [];
        // The suite may fail (a verdict rule changed a snapshot); it must still have run and recorded every claim.
        Assert.That(records, Is.Not.Empty, $"the suite recorded nothing; dotnet test exited {suiteRun.ExitCode}:\n{output}\n{error.Result}");
        return records;
    }

    // The suite's assembly, built beside this project's output in the same configuration (see the project file).
    private static string SuiteAssembly()
    {
        var output = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        string configuration = Path.Combine(output.Parent!.Name, output.Name);
        for (DirectoryInfo? folder = output; folder is not null; folder = folder.Parent)
        {
            string candidate = Path.Combine(folder.FullName, "examples", "ToyModels.Claims", "bin", configuration, "ToyModels.Claims.dll");
            if (File.Exists(Path.Combine(folder.FullName, "ClaimCheck.sln")))
            {
                Assert.That(candidate, Does.Exist, "build examples/ToyModels.Claims in the same configuration");
                return candidate;
            }
        }

        throw new InvalidOperationException($"no folder above {output.FullName} holds ClaimCheck.sln");
    }
}
