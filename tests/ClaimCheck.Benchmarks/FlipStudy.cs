using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Text.Json.Nodes;
using ClaimCheck.Claims;
using ClaimCheck.Diagnostics;
using ClaimCheck.Running;
using ClaimCheck.Snapshots;
using ClaimCheck.Verdicts;

namespace ClaimCheck.Benchmarks;

/// <summary>
/// How stable the example suite's verdicts are under the run seed: every family of examples/StripesWorld.Claims is run
/// as the NUnit adapter runs it, with each of the seeds 1..N (the seed [ClaimSeed] sets; each claim derives its own
/// from it and its ID, so the null draws, bootstrap resamples and edit cases all change), and each claim's verdict is
/// compared with its committed <c>.verified.json</c>. A flip is a seed whose verdict differs from the committed one.
/// The data and the model do not depend on the seed: a flip is the statistics deciding differently on the same
/// evidence. With a correction given, every family is run with it instead of its declared one (None: each claim
/// judged alone, as before families existed).
/// </summary>
internal static class FlipStudy
{
    public static int Run(int seeds, FamilyCorrection? correction)
    {
        (ClaimFamily Family, ClaimDeclaration[] Members)[] families = Families(correction);
        ClaimDeclaration[] declarations = [.. families.SelectMany(f => f.Members).OrderBy(d => d.Definition.Id, StringComparer.Ordinal)];
        var committed = declarations.ToDictionary(d => d.Definition.Id, Committed);
        var flips = declarations.ToDictionary(d => d.Definition.Id, _ => new List<string>());
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"flip study: {declarations.Length} claims in {families.Length} families of StripesWorld.Claims × seeds 1..{seeds}; correction: {(correction?.ToString() ?? "as declared")}"));
        var clock = Stopwatch.StartNew();
        for (int seed = 1; seed <= seeds; seed++)
        {
            var line = new List<string>();
            foreach ((ClaimFamily family, ClaimDeclaration[] members) in families)
            {
                FamilyMember[] seeded = [.. members.Select(d => new FamilyMember(
                    d.Definition with { Seed = (ulong)seed }, () => AuditTargets.Get(d.TargetType), d.TargetType.Name))];
                foreach (ClaimResult result in FamilyRunner.Run(seeded, family))
                {
                    if (result.Verdict.ToString() != committed[result.Claim.Id])
                    {
                        string flip = string.Create(CultureInfo.InvariantCulture, $"{seed}:{result.Verdict}[{string.Join(",", DecisiveIds(result))}]");
                        flips[result.Claim.Id].Add(flip);
                        line.Add($"{result.Claim.Id} {flip}");
                    }
                }
            }

            // One line per seed as it finishes, so a long study can be read (or stopped) part way.
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"seed {seed} ({clock.Elapsed.TotalSeconds:0} s): {line.Count} flips {string.Join("; ", line)}"));
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

    /// <summary>Every family of the example suite with its claims, read the way the NUnit adapter reads them, in a stable order.</summary>
    private static (ClaimFamily Family, ClaimDeclaration[] Members)[] Families(FamilyCorrection? correction)
    {
        MethodInfo[] methods = [.. typeof(StripesWorld.Claims.BottleneckClaims).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(m => m.GetCustomAttribute<ClaimDeclarationAttribute>() is not null)];
        return [.. methods
            .Select(ClaimFamilyReader.Read)
            .DistinctBy(f => f.Family.Name)
            .OrderBy(f => f.Family.Name, StringComparer.Ordinal)
            .Select(f => (correction is { } c ? f.Family with { Correction = c } : f.Family, f.Members.Select(ClaimReader.Read).ToArray()))];
    }

    private static string Committed(ClaimDeclaration declaration)
    {
        string path = Path.Combine(declaration.SnapshotDirectory, declaration.Definition.Id + ".verified.json");
        JsonNode document = SnapshotJson.Parse(File.ReadAllText(path), path);
        return (string)document["verdict"]!;
    }

    private static IEnumerable<string> DecisiveIds(ClaimResult result) =>
        result.Diagnostics.Where(d => d.Severity != Severity.Info).Select(d => d.Id).Distinct().Order(StringComparer.Ordinal);
}
