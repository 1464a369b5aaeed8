using CodeWorld.Train;

// `dotnet run -c Release --project examples/CodeWorld.Train`                  retrains and overwrites the committed weights, checksum and log
// `dotnet run -c Release --project examples/CodeWorld.Train -- train --steps 200 --out /tmp/w.dat`   a shorter run, written elsewhere
// `dotnet run -c Release --project examples/CodeWorld.Train -- manifest`      re-pins the corpus from the packages installed now
// `dotnet run -c Release --project examples/CodeWorld.Train -- explore`       the audit target's splits and the units that separate each concept on discovery
string command = args.Length == 0 ? "train" : args[0];
return command switch
{
    "train" => TrainCommand.Run(args.Skip(1).ToArray()),
    "manifest" => ManifestCommand.Run(),
    "explore" => ExploreCommand.Run(),
    _ => Usage(command),
};

static int Usage(string command)
{
    Console.Error.WriteLine($"unknown command '{command}'; use 'train' (default; options --steps N, --out PATH) 'manifest' or 'explore'");
    return 2;
}
