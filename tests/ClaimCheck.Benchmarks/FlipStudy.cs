using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Text.Json.Nodes;
using ClaimCheck.Claims;
using ClaimCheck.Running;
using ClaimCheck.Snapshots;
using ClaimCheck.Verdicts;

namespace ClaimCheck.Benchmarks;

/// <summary>
/// How stable the example suite's verdicts are under the run seed: every claim of examples/StripesWorld.Claims is run
/// with each of the seeds 1..N (the seed [ClaimSeed] sets; each claim derives its own from it and its ID, so the null
/// draws, bootstrap resamples and edit cases all change), and its verdict is compared with the committed
/// <c>.verified.json</c>. A flip is a seed whose verdict differs from the committed one. The data and the model do not
/// depend on the seed: a flip is the statistics deciding differently on the same evidence.
/// </summary>
internal static class FlipStudy
{
    public static int Run(int seeds)
    {
        ClaimDeclaration[] declarations = Declarations();
        var committed = declarations.ToDictionary(d => d.Definition.Id, Committed);
        var flips = declarations.ToDictionary(d => d.Definition.Id, _ => new List<string>());
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"flip study: {declarations.Length} claims of StripesWorld.Claims × seeds 1..{seeds}"));
        var clock = Stopwatch.StartNew();
        for (int seed = 1; seed <= seeds; seed++)
        {
            ClaimDeclaration[] seeded = [.. declarations.Select(d => d with { Definition = d.Definition with { Seed = (ulong)seed } })];
            foreach (ClaimResult result in seeded.Select(d => ClaimRunner.Run(AuditTargets.Get(d.TargetType), d.Definition)))
            {
                if (result.Verdict.ToString() != committed[result.Claim.Id])
                {
                    flips[result.Claim.Id].Add(string.Create(CultureInfo.InvariantCulture, $"{seed}:{result.Verdict}[{string.Join(",", DecisiveIds(result))}]"));
                }
            }

            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  seed {seed} done ({clock.Elapsed.TotalSeconds:0} s)"));
        }

        Console.WriteLine("claim | committed | flips | seeds that flip (verdict [decisive IDs])");
        foreach (ClaimDeclaration declaration in declarations)
        {
            string id = declaration.Definition.Id;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{id} | {committed[id]} | {flips[id].Count}/{seeds} | {string.Join(" ", flips[id])}"));
        }

        int total = flips.Values.Sum(f => f.Count);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"total: {total} flips in {declarations.Length * seeds} claim runs; {flips.Values.Count(f => f.Count > 0)} of {declarations.Length} claims flip at least once; {clock.Elapsed.TotalSeconds:0} s"));
        return 0;
    }

    /// <summary>Every claim method of the example suite, read the way the NUnit adapter reads it, in a stable order.</summary>
    private static ClaimDeclaration[] Declarations() =>
        [.. typeof(StripesWorld.Claims.BottleneckClaims).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(m => m.GetCustomAttribute<ClaimDeclarationAttribute>() is not null)
            .Select(ClaimReader.Read)
            .OrderBy(d => d.Definition.Id, StringComparer.Ordinal)];

    private static string Committed(ClaimDeclaration declaration)
    {
        string path = Path.Combine(declaration.SnapshotDirectory, declaration.Definition.Id + ".verified.json");
        JsonNode document = SnapshotJson.Parse(File.ReadAllText(path), path);
        return (string)document["verdict"]!;
    }

    private static IEnumerable<string> DecisiveIds(ClaimResult result) =>
        result.Diagnostics.Where(d => d.Severity != Severity.Info).Select(d => d.Id).Distinct().Order(StringComparer.Ordinal);
}
