using System.Globalization;
using System.Reflection;
using ClaimCheck;
using ClaimCheck.Evidence.HeldOut;
using ClaimCheck.Running;
using ClaimCheck.Verdicts;

namespace ToyModels.Run;

/// <summary>
/// Evaluates every claim of the toy-model claim suite (its sources are compiled into this program, see the project
/// file) with ClaimCheck's runner, without snapshots, and prints each verdict with the figures behind it.
/// </summary>
internal static class ClaimVerdicts
{
    public static int Print()
    {
        Console.WriteLine("# Claims (examples/ToyModels.Claims), as ClaimCheck judges them");
        var methods = typeof(ClaimVerdicts).Assembly.GetTypes()
            .Where(t => t.GetCustomAttribute<AuditTargetAttribute>() is not null)
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .SelectMany(t => t.GetMethods().Where(m => m.GetCustomAttribute<ClaimDeclarationAttribute>() is not null).OrderBy(m => m.MetadataToken));
        int unexpected = 0;
        foreach (MethodInfo method in methods)
        {
            ClaimDeclaration declaration = ClaimReader.Read(method);
            ClaimResult result = ClaimRunner.Run(AuditTargets.Get(declaration.TargetType), declaration.Definition);
            bool asExpected = ClaimJudge.Judge(result, snapshot: null).Status != OutcomeStatus.Failed;
            unexpected += asExpected ? 0 : 1;
            Console.WriteLine();
            Console.WriteLine($"{ClaimJudge.Headline(result)}{(asExpected ? string.Empty : "   <-- not the expected verdict")}");
            Console.WriteLine($"  on {result.TargetName}");
            if (result.HeldOut is { } evidence)
            {
                foreach (SplitScore split in new[] { evidence.Discovery }.Concat(evidence.HeldOut).OfType<SplitScore>())
                {
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"  {split.Split,-10} AUROC {split.Auroc:0.00} [{split.AurocInterval.Lower:0.00}, {split.AurocInterval.Upper:0.00}], p = {split.NullP:0.000} ({split.Positives} with the concept, {split.Negatives} without)"));
                    if (declaration.Definition.Subject.Layer == Model.ToyModel.HiddenPath)
                    {
                        double share = PlaneNull.ShareAtLeast(AuditTargets.Get(declaration.TargetType), declaration.Definition.Concept, split.Split, split.Auroc);
                        Console.WriteLine($"             null in the plane: {PlaneNull.Describe(share)}");
                    }
                }
            }

            foreach (Diagnostic diagnostic in result.Diagnostics)
            {
                Console.WriteLine($"  {diagnostic}");
            }
        }

        Console.WriteLine();
        Console.WriteLine(unexpected == 0 ? "every verdict is the one the suite expects" : $"{unexpected} verdict(s) differ from the suite's [ExpectVerdict]");
        return unexpected == 0 ? 0 : 1;
    }
}
