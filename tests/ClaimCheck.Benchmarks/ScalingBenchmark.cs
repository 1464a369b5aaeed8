using System.Diagnostics;
using System.Globalization;
using ClaimCheck.Claims;
using ClaimCheck.Running;
using ClaimCheck.Targets;
using static TorchSharp.torch;

namespace ClaimCheck.Benchmarks;

/// <summary>
/// How a claim's cost grows with the layer's width, the examples per split and the number of claims: unit <c>Means</c>
/// claims with held-out evidence on <see cref="ScalingTarget"/>, run one after another through <see cref="ClaimRunner.Run"/>
/// on a fresh target (so the capture is included), against the plain forward passes over both splits timed in the same
/// process. Each cell of the grid runs in a child process of its own, so its peak memory is its own.
/// </summary>
internal static class ScalingBenchmark
{
    /// <summary>The parent: runs every cell of the grid in a child process and prints the table.</summary>
    public static int Run(string[] args)
    {
        int[] widths = Option(args, "--widths", [64, 512, 2048, 8192]);
        int[] examples = Option(args, "--examples", [2000, 20000, 200000]);
        int[] claims = Option(args, "--claims", [1, 10, 50]);
        int budget = Option(args, "--budget", [0])[0];
        Console.WriteLine($"scaling benchmark: {Environment.ProcessorCount} cores; claims run one after another; budget per cell: {(budget > 0 ? budget + " s" : "none")}; load average at start: {LoadAverage()}");
        Console.WriteLine("| width | examples per split | claims | wall s | per claim s | CPU s | floor s | ratio | peak memory GB | results digest |");
        Console.WriteLine("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
        int failures = 0;
        foreach (int width in widths)
        {
            foreach (int count in examples)
            {
                foreach (int claimCount in claims)
                {
                    string? line = RunChild(width, count, claimCount, budget);
                    failures += line is null ? 1 : 0;
                    Console.WriteLine(line ?? $"| {width} | {count} | {claimCount} | failed | | | | | | |");
                }
            }
        }

        return failures == 0 ? 0 : 1;
    }

    /// <summary>
    /// One cell, in this process: builds the target, runs the claims, times the floor, and prints one table row. With a
    /// budget, stops after the claim that crosses it and extrapolates the wall time linearly (marked with "~").
    /// </summary>
    public static int Cell(int width, int examples, int claimCount, int budgetSeconds)
    {
        ClaimDefinition[] suite = [.. Enumerable.Range(0, claimCount)
            .Select(i => Claim.That(Subjects.Unit(ScalingTarget.Layer, i % width)).Means("a").WithHeldOut().Named($"Scale.Unit{i}"))];
        using var target = new ScalingTarget(width, examples);
        var results = new List<ClaimResult>();
        TimeSpan cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        (double Wall, double Cpu) first = (0, 0);
        foreach (ClaimDefinition claim in suite)
        {
            results.Add(ClaimRunner.Run(target, claim));
            if (results.Count == 1)
            {
                first = (clock.Elapsed.TotalSeconds, (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds);
            }

            if (budgetSeconds > 0 && clock.Elapsed.TotalSeconds > budgetSeconds)
            {
                break;
            }
        }

        double wall = clock.Elapsed.TotalSeconds;
        double cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
        bool extrapolated = results.Count < claimCount;
        bool lowerBound = extrapolated && results.Count == 1;
        if (extrapolated && !lowerBound)
        {
            // The first claim pays for what the layer's claims share (capture, the layer's null); the later ones are alike,
            // so the rest is extrapolated from them. After one claim only, the figure is a lower bound.
            wall = first.Wall + ((wall - first.Wall) * (claimCount - 1) / (results.Count - 1));
            cpu = first.Cpu + ((cpu - first.Cpu) * (claimCount - 1) / (results.Count - 1));
        }

        // The claims' peak, before the floor's own forward passes add theirs.
        double peak = Process.GetCurrentProcess().PeakWorkingSet64 / 1e9;
        double floor = Math.Min(Floor(target), Floor(target));
        string mark = lowerBound ? "≥" : extrapolated ? "~" : string.Empty;
        string note = extrapolated ? $" ({results.Count} of {claimCount} claims run)" : string.Empty;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {width} | {examples} | {claimCount} | {mark}{wall:0.00}{note} | {mark}{wall / claimCount:0.000} | {mark}{cpu:0.00} | {floor:0.00} | {mark}{wall / floor:0.0} | {peak:0.00} | {ResultsDigest.Of(results)} |"));
        return 0;
    }

    private static double Floor(ScalingTarget target)
    {
        nn.Module<Tensor, Tensor> model = target.Model;
        var clock = Stopwatch.StartNew();
        foreach (DataSplit split in target.Splits)
        {
            for (int start = 0; start < split.Count; start += target.BatchSize)
            {
                int count = Math.Min(target.BatchSize, split.Count - start);
                using var scope = NewDisposeScope();
                using var inference = inference_mode();
                model.call(tensor(split.Values.Slice(start * split.ValuesPerExample, count * split.ValuesPerExample).ToArray(), [count, .. split.ExampleShape]));
            }
        }

        return clock.Elapsed.TotalSeconds;
    }

    private static string? RunChild(int width, int examples, int claims, int budget)
    {
        string self = Environment.ProcessPath ?? "dotnet";
        var start = new ProcessStartInfo(self) { RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            start.ArgumentList.Add(typeof(ScalingBenchmark).Assembly.Location);
        }

        foreach (string arg in new[] { "scale-cell" }.Concat(new[] { width, examples, claims, budget }.Select(v => v.ToString(CultureInfo.InvariantCulture))))
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

    private static int[] Option(string[] args, string name, int[] fallback)
    {
        int at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length
            ? [.. args[at + 1].Split(',').Select(v => int.Parse(v, CultureInfo.InvariantCulture))]
            : fallback;
    }
}
