// Benchmarks of ClaimCheck, run as: dotnet run -c Release --project tests/ClaimCheck.Benchmarks -- edits [cases]
//                                 or: dotnet run -c Release --project tests/ClaimCheck.Benchmarks -- flips [seeds] [Holm|BenjaminiHochberg|None]
//                                 or: dotnet run -c Release --project tests/ClaimCheck.Benchmarks -- suite [sizes...]
//                                 or: dotnet run -c Release --project tests/ClaimCheck.Benchmarks -- family
using ClaimCheck.Benchmarks;

return args.FirstOrDefault() switch
{
    "edits" => EditsBenchmark.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 300),
    "flips" => FlipStudy.Run(
        args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 20,
        args.Length > 2 ? Enum.Parse<ClaimCheck.Claims.FamilyCorrection>(args[2]) : null),
    "family" => FamilyCostBenchmark.Run(),
    "suite" => SuiteBenchmark.Run(args.Length > 1 ? [.. args.Skip(1).Select(a => int.Parse(a, System.Globalization.CultureInfo.InvariantCulture))] : [1, 10, 50]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: dotnet run -c Release --project tests/ClaimCheck.Benchmarks -- edits [cases] | suite [sizes...] | flips [seeds] [correction] | family");
    return 2;
}
