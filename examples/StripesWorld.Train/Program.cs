using StripesWorld.Train;

// `dotnet run --project examples/StripesWorld.Train -c Release`            retrains and overwrites the committed weights
// `dotnet run --project examples/StripesWorld.Train -c Release -- explore` prints what the committed network's units respond to
// `dotnet run --project examples/StripesWorld.Train -c Release -- sae`     retrains the bottleneck's sparse autoencoder (weights + metrics)
string command = args.Length == 0 ? "train" : args[0];
return command switch
{
    "train" => TrainCommand.Run(),
    "explore" => ExploreCommand.Run(),
    "sae" => SaeCommand.Run(args[1..]),
    "sae-sweep" => SaeSweepCommand.Run(args[1..]),
    _ => Usage(command),
};

static int Usage(string command)
{
    Console.Error.WriteLine($"unknown command '{command}'; use 'train' (default), 'explore', 'sae' or 'sae-sweep'");
    return 2;
}
