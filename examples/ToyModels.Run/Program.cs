using ToyModels.Run;

return args.FirstOrDefault() switch
{
    null or "report" => ReportCommand.Run(),
    "train" => TrainCommand.Run(),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: dotnet run -c Release --project examples/ToyModels.Run -- [report | train]");
    return 2;
}
