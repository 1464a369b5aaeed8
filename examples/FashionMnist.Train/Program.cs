using FashionMnist.Train;

// `dotnet run -c Release --project examples/FashionMnist.Train`            retrains and overwrites the committed weights
// `dotnet run -c Release --project examples/FashionMnist.Train -- explore` prints what the committed network's units respond to
string command = args.Length == 0 ? "train" : args[0];
return command switch
{
    "train" => TrainCommand.Run(),
    "explore" => ExploreCommand.Run(),
    _ => Usage(command),
};

static int Usage(string command)
{
    Console.Error.WriteLine($"unknown command '{command}'; use 'train' (default) or 'explore'");
    return 2;
}
