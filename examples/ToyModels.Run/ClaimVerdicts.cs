using System.Globalization;
using ClaimCheck.Evidence.HeldOut;
using ClaimCheck.Running;

namespace ToyModels.Run;

/// <summary>
/// Prints every claim of the toy-model claim suite as the suite's own run ends it (<see cref="SuiteRun"/>), with the
/// figures behind each verdict.
/// </summary>
internal static class ClaimVerdicts
{
    public static int Print()
    {
        Console.WriteLine("# Claims (examples/ToyModels.Claims), run as the suite runs them (in their families)");
        IReadOnlyList<SuiteClaim> claims = SuiteRun.Evaluate();
        foreach (SuiteClaim claim in claims)
        {
            Console.WriteLine();
            if (claim.Report is not { } report)
            {
                Console.WriteLine($"{"Failed",-12} {claim.Id}: {claim.Error}");
                continue;
            }

            ClaimResult result = report.Result;
            string marker = claim.Status == OutcomeStatus.Failed ? "   <-- fails in the suite (see below)" : string.Empty;
            Console.WriteLine($"{ClaimJudge.Headline(result)}{marker}");
            Console.WriteLine($"  on {result.TargetName}{Family(result.Family)}");
            if (result.HeldOut is { } evidence)
            {
                foreach (SplitScore split in new[] { evidence.Discovery }.Concat(evidence.HeldOut).OfType<SplitScore>())
                {
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"  {split.Split,-10} AUROC {split.Auroc:0.00} [{split.AurocInterval.Lower:0.00}, {split.AurocInterval.Upper:0.00}], p = {split.NullP:0.000}{Adjusted(split)} ({split.Positives} with the concept, {split.Negatives} without)"));
                    if (result.Claim.Subject.Layer == Model.ToyModel.HiddenPath)
                    {
                        double share = PlaneNull.ShareAtLeast(AuditTargets.Get(ClaimReader.Read(claim.Method).TargetType), result.Claim.Concept, split.Split, split.Auroc);
                        Console.WriteLine($"             null in the plane: {PlaneNull.Describe(share)}");
                    }
                }
            }

            foreach (ClaimCheck.Diagnostics.Diagnostic diagnostic in result.Diagnostics)
            {
                Console.WriteLine($"  {diagnostic}");
            }

            if (claim.Status == OutcomeStatus.Failed)
            {
                Console.WriteLine(report.Outcome.Message);
            }
        }

        int failed = claims.Count(c => c.Status == OutcomeStatus.Failed);
        int inconclusive = claims.Count(c => c.Status == OutcomeStatus.Inconclusive);
        Console.WriteLine();
        Console.WriteLine($"{claims.Count} claim(s): {claims.Count - failed - inconclusive} passed, {failed} failed, {inconclusive} inconclusive, as `dotnet test` ends them");
        return failed == 0 ? 0 : 1;
    }

    private static string Family(FamilyOutcome? family) =>
        family is null ? string.Empty : string.Create(CultureInfo.InvariantCulture,
            $"; family '{family.Name}' ({family.Correction}, {family.Size} claim(s)): p = {family.P:0.000} becomes {family.AdjustedP:0.000}");

    private static string Adjusted(SplitScore split) =>
        split.AdjustedP != split.NullP
            ? string.Create(CultureInfo.InvariantCulture, $" ({split.AdjustedP:0.000} for the family)")
            : string.Empty;
}
