using System.Diagnostics;

namespace FashionMnist.Train;

/// <summary>Prints what the committed network's units respond to, split by split: where the world's claims come from.</summary>
internal static class ExploreCommand
{
    public static int Run()
    {
        if (File.Exists(WeightsLocation.SummaryPath))
        {
            Console.WriteLine(File.ReadAllText(WeightsLocation.SummaryPath).TrimEnd());
        }

        var clock = Stopwatch.StartNew();
        using var world = new FashionMnistTarget();
        world.Prepare();
        Console.WriteLine($"World built from the committed weights (checksum checked, three splits read) in {clock.Elapsed.TotalMilliseconds:0} ms");
        new ExploreReport(world).Print();
        Console.WriteLine($"Explored in {clock.Elapsed.TotalSeconds:0.0} s");
        return 0;
    }
}
