using System.Diagnostics;

namespace StripesWorld.Train;

/// <summary>Prints what the committed network's bottleneck units and directions respond to, for writing claims.</summary>
internal static class ExploreCommand
{
    public static int Run()
    {
        if (File.Exists(WeightsLocation.SummaryPath))
        {
            Console.WriteLine(File.ReadAllText(WeightsLocation.SummaryPath).TrimEnd());
        }

        var clock = Stopwatch.StartNew();
        using var world = new StripesWorldTarget();
        Console.WriteLine($"World built from the committed weights (three splits rendered, probe fitted) in {clock.Elapsed.TotalMilliseconds:0} ms");
        var report = new ExploreReport(world);
        report.Print();
        var checks = new SelfChecks();
        checks.Run(world, report, WeightsLocation.WeightsPath);
        return checks.AllPassed ? 0 : 1;
    }
}
