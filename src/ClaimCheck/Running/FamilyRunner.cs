using ClaimCheck.Claims;
using ClaimCheck.Diagnostics;
using ClaimCheck.Statistics;
using ClaimCheck.Targets;

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
internal static class FamilyRunner
{
    /// <summary>
    /// Runs the family (its claims measured in parallel) and returns the results in the members' order. With
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

        return Evaluate(members, family.Correction, family);
    }

    /// <summary>
    /// Measures, adjusts and decides; a claim whose null comparison is undecided at its level (<see cref="MonteCarloP"/>)
    /// is measured again with more null draws and the family adjusted again, at most
    /// <see cref="NullDrawBudget.MaxEscalations"/> times. With <paramref name="family"/> null the results record no family.
    /// </summary>
    internal static ClaimResult[] Evaluate(IReadOnlyList<FamilyMember> members, FamilyCorrection correction, ClaimFamily? family)
    {
        // The family shares α among its claims only when it is adjusted; unadjusted claims need no more draws than alone.
        int tests = correction == FamilyCorrection.None ? 1 : members.Count;
        // Claims are measured side by side on the machine's cores: each claim's numbers depend only on its own seeds and
        // on the layer's shared null (the same draws whichever claim asks first), and forward passes with hooks take the
        // model's gate, so the results are those of one claim after another, in the members' order.
        var measured = new ClaimRunner.Measurement[members.Count];
        Parallel.For(0, members.Count, i => measured[i] = Measure(members[i], tests));
        for (int escalation = 0; ; escalation++)
        {
            ClaimResult[] results = Decide(measured, correction, family);
            if (escalation >= NullDrawBudget.MaxEscalations)
            {
                return results;
            }

            int[] undecided = [.. Enumerable.Range(0, results.Length).Where(i => results[i].UndecidedNulls.Count > 0)];
            if (undecided.Length == 0)
            {
                return results;
            }

            Parallel.ForEach(undecided, i => measured[i] = ClaimRunner.Remeasure(measured[i], results[i].UndecidedNulls));
        }
    }

    private static ClaimResult[] Decide(ClaimRunner.Measurement[] measured, FamilyCorrection correction, ClaimFamily? family)
    {
        double[] raw = [.. measured.Select(FamilyAdjustment.ClaimP)];
        double[] adjusted = FamilyAdjustment.Adjust(raw, correction);
        var results = new ClaimResult[measured.Length];
        for (int i = 0; i < measured.Length; i++)
        {
            FamilyOutcome? outcome = family is null ? null : new FamilyOutcome(family.Name, correction, measured.Length, raw[i], adjusted[i]);
            results[i] = DecideOne(measured[i], FamilyAdjustment.Factor(raw[i], adjusted[i]), outcome);
        }

        return results;
    }

    // A verdict rule that throws on one claim's evidence leaves that claim Inconclusive (CLM5014), not the whole family.
    private static ClaimResult DecideOne(ClaimRunner.Measurement measured, double familyFactor, FamilyOutcome? outcome)
    {
        try
        {
            return ClaimRunner.Decide(measured, familyFactor, outcome);
        }
        catch (Exception e) when (EvaluationFailure.IsClaims(e))
        {
            ClaimResult failed = ClaimRunner.TargetFailed(measured.Claim, measured.Target?.Name ?? string.Empty, EvaluationFailure.Of(measured.Claim, e));
            return failed with { Family = outcome };
        }
    }

    private static ClaimRunner.Measurement Measure(FamilyMember member, int tests)
    {
        AuditTarget target;
        try
        {
            target = member.Target();
        }
        catch (Exception e) when (EvaluationFailure.IsClaims(e))
        {
            Diagnostic error = e is ClaimCheckException known ? known.Diagnostic : EvaluationFailure.Of(member.Claim, e);
            ClaimResult failed = ClaimRunner.TargetFailed(member.Claim, member.TargetName, error);
            return new ClaimRunner.Measurement(null, member.Claim, failed.ClaimSeed, Claims.EvidenceMap.Empty, failed);
        }

        return ClaimRunner.Measure(target, member.Claim, tests);
    }
}
