using ClaimCheck.Claims;
using ClaimCheck.Targets;
using ClaimCheck.Verdicts;

namespace ClaimCheck.Running;

/// <summary>
/// Evaluates a family of claims together (docs/multiple-testing.md): measures every claim's evidence once, with null
/// draws enough for the family's strictest level; adjusts the claims' p-values across the family; then decides each
/// verdict on the adjusted ones.
/// </summary>
/// <example>
/// <code>
/// var family = new ClaimFamily("stripes", FamilyCorrection.Holm);
/// IReadOnlyList&lt;ClaimResult&gt; results = FamilyRunner.Run([.. claims.Select(c => new FamilyMember(c, () => target, target.Name))], family);
/// </code>
/// </example>
public static class FamilyRunner
{
    /// <summary>
    /// Runs the family, one claim after another, and returns the results in the members' order. With
    /// <see cref="FamilyCorrection.None"/> every claim is judged alone, as <see cref="ClaimRunner.Run"/> would.
    /// </summary>
    public static IReadOnlyList<ClaimResult> Run(IReadOnlyList<FamilyMember> members, ClaimFamily family)
    {
        ArgumentNullException.ThrowIfNull(members);
        ArgumentNullException.ThrowIfNull(family);
        if (!Enum.IsDefined(family.Correction) || string.IsNullOrWhiteSpace(family.Name))
        {
            throw new ClaimCheckException(DiagnosticIds.InvalidClaimFamily,
                $"claim family '{family.Name}' is declared with correction {family.Correction}; a family needs a name and one of Holm, BenjaminiHochberg, None");
        }

        // The family shares α among its claims only when it is adjusted; unadjusted claims need no more draws than alone.
        int tests = family.Correction == FamilyCorrection.None ? 1 : members.Count;
        ClaimRunner.Measurement[] measured = [.. members.Select(member => Measure(member, tests))];
        double[] raw = [.. measured.Select(FamilyAdjustment.ClaimP)];
        double[] adjusted = FamilyAdjustment.Adjust(raw, family.Correction);
        var results = new ClaimResult[measured.Length];
        for (int i = 0; i < measured.Length; i++)
        {
            var outcome = new FamilyOutcome(family.Name, family.Correction, members.Count, raw[i], adjusted[i]);
            results[i] = ClaimRunner.Decide(measured[i], FamilyAdjustment.Factor(raw[i], adjusted[i]), outcome);
        }

        return results;
    }

    private static ClaimRunner.Measurement Measure(FamilyMember member, int tests)
    {
        AuditTarget target;
        try
        {
            target = member.Target();
        }
        catch (ClaimCheckException e)
        {
            ClaimResult failed = ClaimRunner.TargetFailed(member.Claim, member.TargetName, e.Diagnostic);
            return new ClaimRunner.Measurement(null, member.Claim, failed.ClaimSeed, null, null, null, null, failed);
        }

        return ClaimRunner.Measure(target, member.Claim, tests);
    }
}
