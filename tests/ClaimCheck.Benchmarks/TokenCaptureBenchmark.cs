using System.Diagnostics;
using System.Globalization;
using ClaimCheck.Capture.Tokens;
using CodeWorld.Corpus;
using CodeWorld.Model;
using static TorchSharp.torch;

namespace ClaimCheck.Benchmarks;

/// <summary>
/// What capturing every token costs: the code world's transformer (committed weights) over the first N tokens of the
/// corpus's training split, cut file by file into sequences of the model's context (128), captured at
/// <c>blocks.1.mlp.act</c> alone and at four layers in one pass, each against the plain forward pass over the same tokens
/// timed in the same process (before and after the capture; the faster is the floor). Each layer set runs in a child
/// process of its own, so its peak working set is its own: read after the plain pass, then after the capture.
/// </summary>
internal static class TokenCaptureBenchmark
{
    /// <summary>The layer sets, by the name a child is started with.</summary>
    private static readonly Dictionary<string, string[]> LayerSets = new(StringComparer.Ordinal)
    {
        ["mlp1"] = [CodeTransformer.MlpNeuronsPath(1)],
        ["four"] = [CodeTransformer.BlockPath(0), CodeTransformer.MlpNeuronsPath(0), CodeTransformer.BlockPath(1), CodeTransformer.MlpNeuronsPath(1)],
    };

    /// <summary>The parent: one child per layer set, one table row each.</summary>
    public static int Run(string[] args)
    {
        int tokens = Option(args, "--tokens", 1 << 20);
        int batch = Option(args, "--batch", 64);
        Console.WriteLine($"token capture benchmark: code world transformer, {tokens:N0} tokens of the training split in sequences of {ModelShape.Default.Context}, {batch} sequences per pass; "
            + $"{Environment.ProcessorCount} cores, {get_num_threads()} libtorch threads; load average at start: {LoadAverage()}");
        Console.WriteLine("| layers | units per token | tokens | plain s (CPU s) | plain tokens/s | capture s (CPU s) | capture tokens/s | capture ÷ plain, wall (CPU) | written GB | held by the capture MB | peak working set, plain / after capture GB |");
        Console.WriteLine("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
        int failures = 0;
        foreach (string set in LayerSets.Keys)
        {
            string? line = RunChild(set, tokens, batch);
            failures += line is null ? 1 : 0;
            Console.WriteLine(line ?? $"| {set} | failed | | | | | | | | | |");
        }

        Console.WriteLine($"load average at the end: {LoadAverage()}");
        return failures == 0 ? 0 : 1;
    }

    /// <summary>One layer set, in this process: the plain pass, the capture, the plain pass again; prints one row.</summary>
    public static int Cell(string set, int tokenCount, int batch)
    {
        string[] layers = LayerSets[set];
        TokenSequences sequences = TrainingSequences(tokenCount);
        using CodeTransformer model = CodeWeights.LoadCommitted();
        string folder = Path.Combine(Path.GetTempPath(), "claimcheck-token-benchmark-" + Guid.NewGuid().ToString("N"));
        try
        {
            // Warm-up (JIT, libtorch's first allocations), untimed: two batches of each.
            TokenSequences warm = TokenSequences.Of(Tokens(sequences, 0, 2 * batch), ModelShape.Default.Context);
            Plain(model, warm, batch);
            TokenCapture.Run(model, warm, layers, Path.Combine(folder, "warm-up"), batchSize: batch);

            (double Wall, double Cpu) plainBefore = Plain(model, sequences, batch);
            double peakPlain = Process.GetCurrentProcess().PeakWorkingSet64 / 1e9;
            TimeSpan cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            TokenCaptureResult captured = TokenCapture.Run(model, sequences, layers, folder, batchSize: batch);
            double capture = clock.Elapsed.TotalSeconds;
            double captureCpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
            double peakCapture = Process.GetCurrentProcess().PeakWorkingSet64 / 1e9;
            (double Wall, double Cpu) plainAfter = Plain(model, sequences, batch);
            (double plain, double plainCpu) = plainBefore.Wall <= plainAfter.Wall ? plainBefore : plainAfter;

            // A check that the files hold what was asked: every row, and one unit's column read back through its checksums.
            long rows = captured.Layers.Min(l => (long)l.Matrix.Rows);
            if (rows != sequences.Tokens || captured.Layers.Any(l => l.Matrix.Column(0).Length != rows))
            {
                Console.Error.WriteLine($"the capture holds {rows} rows, not {sequences.Tokens}");
                return 1;
            }

            int units = captured.Layers.Sum(l => l.Matrix.Units);
            double written = captured.Layers.Sum(l => new FileInfo(l.Path).Length) / 1e9;
            double heldMb = captured.BufferedValues * sizeof(float) / 1e6;
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{set}: plain {plainBefore.Wall:0.00} s ({plainBefore.Cpu:0.00} CPU s) before the capture, {plainAfter.Wall:0.00} s ({plainAfter.Cpu:0.00} CPU s) after; load average {LoadAverage()}"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {string.Join(", ", layers.Select(l => $"`{l}`"))} | {units:N0} | {sequences.Tokens:N0} | {plain:0.0} ({plainCpu:0.0}) | {sequences.Tokens / plain:N0} | {capture:0.0} ({captureCpu:0.0}) | {sequences.Tokens / capture:N0} | {capture / plain:0.00} ({captureCpu / plainCpu:0.00}) | {written:0.00} | {heldMb:N0} | {peakPlain:0.00} / {peakCapture:0.00} |"));
            return 0;
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    /// <summary>The first <paramref name="count"/> tokens (rounded up to whole sequences) of the training split, each file cut into sequences of the context, its last partial sequence left out.</summary>
    private static TokenSequences TrainingSequences(int count)
    {
        int length = ModelShape.Default.Context;
        var tokens = new List<long>(count + length);
        var documents = new List<string>();
        foreach (CodeDocument document in CodeCorpus.Committed.Split(CodeSplit.Training))
        {
            byte[] encoded = CharVocabulary.Encode(document.Text);
            for (int start = 0; start + length <= encoded.Length && tokens.Count < count; start += length)
            {
                tokens.AddRange(encoded.AsSpan(start, length).ToArray().Select(t => (long)t));
                documents.Add(document.Path);
            }
        }

        if (tokens.Count < count)
        {
            throw new InvalidOperationException($"the training split holds only {tokens.Count:N0} tokens in whole sequences of {length}, fewer than {count:N0}");
        }

        return TokenSequences.Of([.. tokens], length, documents);
    }

    private static long[] Tokens(TokenSequences sequences, int first, int count)
    {
        using Tensor batch = sequences.Batch(first, count);
        return batch.data<long>().ToArray();
    }

    /// <summary>The plain forward pass over every sequence, batch by batch, as the capture runs it but with no hook: wall and CPU seconds.</summary>
    private static (double Wall, double Cpu) Plain(CodeTransformer model, TokenSequences sequences, int batch)
    {
        TimeSpan cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        for (int first = 0; first < sequences.Count; first += batch)
        {
            int count = Math.Min(batch, sequences.Count - first);
            using var scope = NewDisposeScope();
            using var inference = inference_mode();
            model.call(sequences.Batch(first, count));
        }

        return (clock.Elapsed.TotalSeconds, (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds);
    }

    private static string? RunChild(string set, int tokens, int batch)
    {
        string self = Environment.ProcessPath ?? "dotnet";
        var start = new ProcessStartInfo(self) { RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            start.ArgumentList.Add(typeof(TokenCaptureBenchmark).Assembly.Location);
        }

        foreach (string arg in new[] { "tokens-cell", set, tokens.ToString(CultureInfo.InvariantCulture), batch.ToString(CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(arg);
        }

        using Process child = Process.Start(start) ?? throw new InvalidOperationException("could not start a benchmark cell");
        string output = child.StandardOutput.ReadToEnd();
        child.WaitForExit();
        return child.ExitCode == 0 ? output.Split('\n').LastOrDefault(l => l.StartsWith('|'))?.TrimEnd() : null;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";

    private static int Option(string[] args, string name, int fallback)
    {
        int at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
