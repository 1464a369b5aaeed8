using System.Diagnostics;
using ClaimCheck.Running;
using ClaimCheck.Targets;

namespace ClaimCheck.Validity.Study;

/// <summary>
/// Runs study claims through ClaimCheck's own pipeline (<see cref="ClaimRunner.Run"/>: the same evidence, null
/// and verdict rules as every claim), one batch (one audit target) at a time. Each claim runs under a run seed of its
/// own: a run shares one layer's null draws among all its claims, so claims of one run are not independent trials of
/// the null, while the study's rates and their intervals count each claim as one. (Ablation draws are each claim's
/// own already; Drives claims keep the default run seed.)
/// </summary>
public static class StudyRunner
{
    /// <summary>The outcomes of every claim, in batch order, and the run's wall time.</summary>
    public static (IReadOnlyList<StudyOutcome> Outcomes, TimeSpan Elapsed) Run(IEnumerable<StudyBatch> batches, Action<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(batches);
        var outcomes = new List<StudyOutcome>();
        var clock = Stopwatch.StartNew();
        foreach (StudyBatch batch in batches)
        {
            var batchClock = Stopwatch.StartNew();
            using (AuditTarget target = batch.Target())
            {
                foreach (StudyClaim claim in batch.Claims)
                {
                    ClaimCheck.Claims.ClaimDefinition alone = claim.ByAblation ? claim.Claim : claim.Claim with { Seed = ClaimCheck.Statistics.SeededRandom.Derive(StudyBudget.RootSeed, "run/" + claim.Claim.Id) };
                    outcomes.Add(StudyOutcome.From(claim, ClaimRunner.Run(target, alone)));
                }
            }

            progress?.Invoke(FormattableString.Invariant($"{batch.Describe}: {batch.Claims.Count} claims in {batchClock.Elapsed.TotalSeconds:0.0} s"));
        }

        return (outcomes, clock.Elapsed);
    }
}
