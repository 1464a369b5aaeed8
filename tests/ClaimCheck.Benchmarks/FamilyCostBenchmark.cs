using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using ClaimCheck.Claims;
using ClaimCheck.Running;

namespace ClaimCheck.Benchmarks;

/// <summary>
/// What judging claims in families costs: each family of the example suite is run in the same process as it is
/// declared (Holm: null draws raised with the family's size, undecided comparisons escalated) and with no correction
/// (each claim alone, 200 draws, as before families existed), after one untimed run that builds the target and fills
/// the activation cache. Reported as seconds and their ratio.
/// </summary>
internal static class FamilyCostBenchmark
{
    public static int Run()
    {
        FamilyDeclaration[] families = [.. typeof(StripesWorld.Claims.BottleneckClaims).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(m => m.GetCustomAttribute<ClaimDeclarationAttribute>() is not null)
            .Select(ClaimFamilyReader.Read)
            .DistinctBy(f => f.Family.Name)
            .OrderBy(f => f.Family.Name, StringComparer.Ordinal)];
        Console.WriteLine("family | claims | alone s | family s | ratio");
        double alone = 0, together = 0;
        foreach (FamilyDeclaration family in families)
        {
            FamilyMember[] members = [.. family.Members.Select(ClaimReader.Read)
                .Select(d => new FamilyMember(d.Definition, () => AuditTargets.Get(d.TargetType), d.TargetType.Name))];
            FamilyRunner.Run(members, family.Family with { Correction = FamilyCorrection.None }); // warm-up: target, capture, JIT
            double a = Time(() => FamilyRunner.Run(members, family.Family with { Correction = FamilyCorrection.None }));
            double f = Time(() => FamilyRunner.Run(members, family.Family));
            alone += a;
            together += f;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{family.Family.Name} | {members.Length} | {a:0.0} | {f:0.0} | {f / a:0.00}"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"all | | {alone:0.0} | {together:0.0} | {together / alone:0.00}"));
        return 0;
    }

    private static double Time(Action action)
    {
        var clock = Stopwatch.StartNew();
        action();
        return clock.Elapsed.TotalSeconds;
    }
}
