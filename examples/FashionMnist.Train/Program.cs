using FashionMnist.Train;

// `dotnet run -c Release --project examples/FashionMnist.Train`            retrains and overwrites the committed weights
// `dotnet run -c Release --project examples/FashionMnist.Train -- explore` prints what the committed network's units respond to
// `dotnet run -c Release --project examples/FashionMnist.Train -- explore-prints` ranks its units for printed stripes (the prints world)
string command = args.Length == 0 ? "train" : args[0];
return command switch
{
    "train" => TrainCommand.Run(),
    "explore" => ExploreCommand.Run(),
    "explore-prints" => ExplorePrintsCommand.Run(),
    _ => Usage(command),
};

static int Usage(string command)
{
    Console.Error.WriteLine($"unknown command '{command}'; use 'train' (default), 'explore' or 'explore-prints'");
    return 2;
}
