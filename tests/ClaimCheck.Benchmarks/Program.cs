// Benchmarks of ClaimCheck, run as: dotnet run -c Release --project tests/ClaimCheck.Benchmarks -- edits [cases]
using ClaimCheck.Benchmarks;

return args.FirstOrDefault() switch
{
    "edits" => EditsBenchmark.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 300),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: dotnet run -c Release --project tests/ClaimCheck.Benchmarks -- edits [cases]");
    return 2;
}
