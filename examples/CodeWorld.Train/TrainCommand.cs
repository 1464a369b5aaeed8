using System.Globalization;
using CodeWorld.Corpus;
using CodeWorld.Evaluation;
using CodeWorld.Model;
using CodeWorld.Training;

namespace CodeWorld.Train;

/// <summary>Retrains the transformer, writes the weights, their checksum and the training log (with bits per character per split).</summary>
internal static class TrainCommand
{
    public static int Run(string[] args)
    {
        TrainingSettings settings = TrainingSettings.Default;
        string path = WorldLocation.WeightsPath;
        for (int i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--steps":
                    settings = settings with { Steps = int.Parse(args[i + 1], CultureInfo.InvariantCulture) };
                    break;
                case "--out":
                    path = Path.GetFullPath(args[i + 1]);
                    break;
                default:
                    Console.Error.WriteLine($"unknown option {args[i]}; use --steps N or --out PATH");
                    return 2;
            }
        }

        ModelShape shape = ModelShape.Default;
        string loadBefore = LoadAverage();
        CodeCorpus corpus = CodeCorpus.Committed;
        byte[] tokens = SplitTokens.Of(corpus, CodeSplit.Training);
        var log = new List<string>
        {
            $"Training CodeTransformer ({shape}) on the code world's training split: {settings}, CPU",
            string.Create(CultureInfo.InvariantCulture, $"  corpus: {string.Join("; ", Enum.GetValues<CodeSplit>().Select(s => $"{s} {corpus.Split(s).Count} files, {corpus.Split(s).Sum(d => d.Text.Length):N0} characters"))}"),
        };
        Console.WriteLine(string.Join('\n', log));
        TrainingResult result = CodeTraining.Train(tokens, shape, settings, line =>
        {
            Console.WriteLine(line);
            log.Add("  " + line);
        });
        string loadAfter = LoadAverage();

        string hash = CodeWeights.Save(result.Model, path);
        result.Model.Dispose();

        // Measure the weights as saved (and as the checksum check loads them), so the figures are exactly the file's.
        using CodeTransformer saved = CodeWeights.Load(path);
        IReadOnlyList<SplitBits> bits = SplitBits.Measure(saved, corpus);
        long parameters = saved.parameters().Sum(p => p.numel());
        log.Add(string.Create(CultureInfo.InvariantCulture, $"""
            Summary
              parameters: {parameters}; weights file: {new FileInfo(path).Length / 1024.0:0} KiB
              optimisation: {result.TrainTime.TotalSeconds:0.0} s with {settings.Threads} thread(s) ({System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds:0} s of CPU time for the whole command so far); load average (1, 5, 15 min) before {loadBefore}, after {loadAfter} on {Environment.ProcessorCount} cores
              bits per character ({SplitBits.ReportedWindows} windows of {shape.Context} characters per split, spread evenly; unigram fitted on the training split):
            """));
        log.AddRange(bits.Select(b => "    " + b));
        log.Add($"  weights SHA-256: {hash}");
        File.WriteAllText(WorldLocation.LogPath(path), string.Join('\n', log) + "\n");
        Console.WriteLine(string.Join('\n', log.SkipWhile(l => !l.StartsWith("Summary", StringComparison.Ordinal))));
        Console.WriteLine($"Saved {path}, its .sha256 and {WorldLocation.LogPath(path)}. Rebuild before using new weights elsewhere: they are embedded in CodeWorld.dll.");
        return 0;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
