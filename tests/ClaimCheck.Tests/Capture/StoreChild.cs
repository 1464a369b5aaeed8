using System.IO.Hashing;
using System.Runtime.InteropServices;
using ClaimCheck.Capture;
using ClaimCheck.Capture.Disk;
using ClaimCheck.Claims;

namespace ClaimCheck.Tests.Capture;

/// <summary>
/// The entry point of this test assembly run as a program (<c>dotnet ClaimCheck.Tests.dll store-child ...</c>): a
/// second process on the same activation store, as a parallel <c>dotnet test</c> would be. The test host never calls it.
/// <list type="bullet">
/// <item><c>store-child capture GO_FILE ROWS</c>: builds a <see cref="StoreTarget"/>, prints <c>ready</c>, waits for
/// GO_FILE to exist (so that every child captures at once), reads the held-out activations through the store the
/// setting names, and prints <c>passes=N loads=N digest=HEX</c>.</item>
/// <item><c>store-child stall FOLDER ROWS</c>: captures into FOLDER in blocks of 100 rows, prints <c>mid-write</c> after
/// the first block and then waits forever, to be killed halfway through the write.</item>
/// </list>
/// </summary>
internal static class StoreChild
{
    public const string Command = "store-child";

    public static int Main(string[] args)
    {
        if (args.Length != 4 || args[0] != Command)
        {
            Console.Error.WriteLine($"usage: {Command} capture GO_FILE ROWS | {Command} stall FOLDER ROWS");
            return 2;
        }

        using var target = new StoreTarget(rows: int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture));
        switch (args[1])
        {
            case "capture":
                Console.WriteLine("ready");
                while (!File.Exists(args[2]))
                {
                    Thread.Sleep(5);
                }

                ActivationMatrix matrix = target.Activations.Get(target.HeldOut, "layer", Reduction.Max);
                Console.WriteLine($"passes={target.Activations.CapturePasses} loads={target.Activations.DiskLoads} digest={Digest(matrix)}");
                return 0;
            case "stall":
                target.Activations.UseDisk(ActivationDiskTier.Open(args[2], d => Console.Error.WriteLine(d), blockRows: 100, afterBlock: _ =>
                {
                    Console.WriteLine("mid-write");
                    Thread.Sleep(Timeout.Infinite);
                }));
                target.Activations.Get(target.HeldOut, "layer", Reduction.Max);
                return 1;
            default:
                Console.Error.WriteLine($"unknown role '{args[1]}'");
                return 2;
        }
    }

    /// <summary>A hash of the values' bits, to compare what two processes hold.</summary>
    public static string Digest(ActivationMatrix matrix) =>
        $"{matrix.Rows}x{matrix.Units}:{XxHash3.HashToUInt64(MemoryMarshal.AsBytes(matrix.ToArray().AsSpan())):x16}";
}
