// Benchmarks of ClaimCheck, run as: dotnet run -c Release --project tests/ClaimCheck.Benchmarks -- edits [cases]
//                                 or: dotnet run -c Release --project tests/ClaimCheck.Benchmarks -- flips [seeds] [Holm|BenjaminiHochberg|None]
//                                 or: dotnet run -c Release --project tests/ClaimCheck.Benchmarks -- suite [sizes...]
//                                 or: dotnet run -c Release --project tests/ClaimCheck.Benchmarks -- family
//                                 or: dotnet run -c Release --project tests/ClaimCheck.Benchmarks -- scale [--widths 64,512] [--examples 2000,20000] [--claims 1,10,50] [--budget seconds]
//                                 or: dotnet run -c Release --project tests/ClaimCheck.Benchmarks -- tokens [--tokens 1048576] [--batch 64]
using ClaimCheck.Benchmarks;
using ClaimCheck.Capture.Disk;

// The benchmarks time captures too (and the scaling grid's would fill gigabytes of the user's cache): the activation
// store on disk is off here, in every cell's child process as well, unless CLAIMCHECK_ACTIVATION_CACHE says otherwise.
if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(ActivationCacheSetting.EnvironmentVariable)))
{
    Environment.SetEnvironmentVariable(ActivationCacheSetting.EnvironmentVariable, ActivationCacheSetting.Off);
}

return args.FirstOrDefault() switch
{
    "edits" => EditsBenchmark.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 300),
    "flips" => FlipStudy.Run(
        args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 20,
        args.Length > 2 ? Enum.Parse<ClaimCheck.Claims.FamilyCorrection>(args[2]) : null),
    "family" => FamilyCostBenchmark.Run(),
    "scale" => ScalingBenchmark.Run(args),
    "scale-cell" => ScalingBenchmark.Cell(Int(args[1]), Int(args[2]), Int(args[3]), Int(args[4])),
    "tokens" => TokenCaptureBenchmark.Run(args),
    "tokens-cell" => TokenCaptureBenchmark.Cell(args[1], Int(args[2]), Int(args[3])),
    "suite" => SuiteBenchmark.Run(args.Length > 1 ? [.. args.Skip(1).Select(a => int.Parse(a, System.Globalization.CultureInfo.InvariantCulture))] : [1, 10, 50]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: dotnet run -c Release --project tests/ClaimCheck.Benchmarks -- edits [cases] | suite [sizes...] | flips [seeds] [correction] | family | scale [--widths W,..] [--examples E,..] [--claims C,..] [--budget s] | tokens [--tokens N] [--batch B]");
    return 2;
}

static int Int(string value) => int.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
