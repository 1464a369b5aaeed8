using ClaimCheck.Diagnostics;
using ClaimCheck.Reports;
using ClaimCheck.Running;
using NUnit.Framework;

namespace ClaimCheck.NUnit;

/// <summary>
/// What every claim run under NUnit leaves behind, attribute claim or <see cref="ClaimTest.Check"/>: its records in the
/// results folder, attached to the test; its plots; the received snapshot, if any; the verdict line on the live console;
/// its diagnostics in the test's own output.
/// </summary>
internal static class ClaimOutput
{
    public static void Publish(ClaimReport report, TextWriter testOutput)
    {
        Attach(report);
        // The verdict line goes to the live console; its diagnostics go to the test's own output (and its report).
        TestContext.Progress.WriteLine($"[ClaimCheck] {ClaimJudge.Headline(report.Result)}");
        foreach (Diagnostic diagnostic in report.Result.Diagnostics)
        {
            testOutput.WriteLine($"  {diagnostic}");
        }

        if (GcStress.IsRunning)
        {
            // Shows in each claim's output that the mode really ran, and how hard.
            testOutput.WriteLine($"  GC stress: {GcStress.Collections} collections forced so far in this test process");
        }
    }

    private static void Attach(ClaimReport report)
    {
        // The records go where CLAIMCHECK_RESULTS_DIR says (the command line reads them there), else into the
        // test's work directory; full-precision values sit there, the snapshot itself holds rounded figures.
        string folder = ResultsFolder.Resolve(Path.Combine(TestContext.CurrentContext.WorkDirectory, "claimcheck"));
        VerdictDocument fullPrecision = VerdictDocument.Of(report.Result, fullPrecision: true);
        foreach (RecordFile file in ClaimRecords.Write(report, fullPrecision, folder, pixels => CounterexamplePictures.Png(pixels, TestContext.Out)))
        {
            TestContext.AddTestAttachment(file.Path, file.Description);
        }

        PlotAttachments.Attach(fullPrecision, report.Result.Claim.Id, folder, TestContext.Out);

        if (report.Snapshot?.ReceivedPath is { } received && File.Exists(received))
        {
            TestContext.AddTestAttachment(received, "received snapshot (accept it to make it the verified one)");
        }
    }
}
