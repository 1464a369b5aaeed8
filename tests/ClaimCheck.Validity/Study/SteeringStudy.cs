using System.Diagnostics;
using ClaimCheck.Diagnostics;
using ClaimCheck.Evidence.Steering;
using ClaimCheck.Statistics;
using ClaimCheck.Targets;
using ClaimCheck.Verdicts;

namespace ClaimCheck.Validity.Study;

/// <summary>What the steering engine said about one study claim.</summary>
/// <param name="Claim">The claim.</param>
/// <param name="Verdict">The verdict.</param>
/// <param name="DiagnosticIds">The IDs behind it (information included), in order.</param>
/// <param name="P">The raw Monte Carlo p at the decision strength, after any extra draws CLM4303 called for.</param>
/// <param name="Evidence">The decision effect, the null and the diagnostics, in words.</param>
public sealed record SteeringOutcome(SteeringClaim Claim, Verdict Verdict, IReadOnlyList<string> DiagnosticIds, double P, string Evidence);

/// <summary>
/// Runs steering claims through the steering engine and its verdict rules, each claim alone (no family: factor 1) with
/// a seed of its own. A null comparison too close to α to decide (CLM4303) is measured again with
/// <see cref="NullDrawBudget.EscalationFactor"/> times the draws, at most <see cref="NullDrawBudget.MaxEscalations"/>
/// times, as the claim runner does for held-out and ablation evidence.
/// </summary>
public static class SteeringStudy
{
    /// <summary>The outcome of every claim, in batch order, and the run's wall time.</summary>
    public static (IReadOnlyList<SteeringOutcome> Outcomes, TimeSpan Elapsed) Run(IEnumerable<SteeringBatch> batches, Action<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(batches);
        var outcomes = new List<SteeringOutcome>();
        var clock = Stopwatch.StartNew();
        foreach (SteeringBatch batch in batches)
        {
            var batchClock = Stopwatch.StartNew();
            using (AuditTarget target = batch.Target())
            {
                foreach (SteeringClaim claim in batch.Claims)
                {
                    outcomes.Add(Judge(target, claim));
                }
            }

            progress?.Invoke(FormattableString.Invariant($"{batch.Describe}: {batch.Claims.Count} steering claims in {batchClock.Elapsed.TotalSeconds:0.0} s"));
        }

        return (outcomes, clock.Elapsed);
    }

    private static SteeringOutcome Judge(AuditTarget target, SteeringClaim claim)
    {
        ulong seed = SeededRandom.Derive(StudyBudget.RootSeed, $"steering/{claim.Setting}/{claim.Subject.Describe()}/{claim.Concept}");
        SteeringSettings settings = claim.Settings;
        for (int escalation = 0; ; escalation++)
        {
            SteeringEvidence evidence = SteeringCheck.Measure(target, claim.Subject, target.Readout(claim.Readout), claim.Concept, settings, seed);
            (Verdict verdict, IReadOnlyList<Diagnostic> diagnostics) = SteeringVerdictRules.Decide(evidence, settings, familyFactor: 1);
            bool undecided = diagnostics.Any(d => d.Id == DiagnosticIds.NullComparisonUndecided);
            if (!undecided || escalation >= NullDrawBudget.MaxEscalations)
            {
                string figures = FormattableString.Invariant(
                    $"{evidence.Subject} on '{evidence.Readout}' at strength {evidence.DecisionStrength}: {evidence.Decision.Mean:0.000} [{evidence.Decision.Interval.Lower:0.000}, {evidence.Decision.Interval.Upper:0.000}], p = {evidence.Null.P:0.0000} against {evidence.Null.Description} (95th percentile {evidence.Null.Quantile95:0.000})");
                return new SteeringOutcome(claim, verdict, [.. diagnostics.Select(d => d.Id)], evidence.Null.P,
                    string.Join(" | ", [figures, .. diagnostics.Select(d => d.ToString())]));
            }

            settings = settings with { NullDraws = NullDrawBudget.Escalate(settings.NullDraws) };
        }
    }
}
