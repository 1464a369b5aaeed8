using System.Diagnostics;

namespace FashionMnist.Train;

/// <summary>Prints which units of the committed network respond to printed stripes, split by split: where the prints world's claims come from.</summary>
internal static class ExplorePrintsCommand
{
    public static int Run()
    {
        var clock = Stopwatch.StartNew();
        using var world = new FashionPrintsTarget();
        world.Prepare();
        Console.WriteLine($"Prints world built (committed weights, three splits read and printed, splits checked disjoint) in {clock.Elapsed.TotalMilliseconds:0} ms");
        new PrintsReport(world).Print();
        Console.WriteLine($"Explored in {clock.Elapsed.TotalSeconds:0.0} s");
        return 0;
    }
}
