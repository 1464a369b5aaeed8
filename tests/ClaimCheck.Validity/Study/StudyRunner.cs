using System.Diagnostics;
using ClaimCheck.Running;
using ClaimCheck.Targets;

namespace ClaimCheck.Validity.Study;

/// <summary>
/// Runs study claims through ClaimCheck's own pipeline (<see cref="ClaimRunner.Run"/>: the same evidence, null
/// and verdict rules as every claim), one batch (one audit target) at a time.
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
                    outcomes.Add(StudyOutcome.From(claim, ClaimRunner.Run(target, claim.Claim)));
                }
            }

            progress?.Invoke(FormattableString.Invariant($"{batch.Describe}: {batch.Claims.Count} claims in {batchClock.Elapsed.TotalSeconds:0.0} s"));
        }

        return (outcomes, clock.Elapsed);
    }
}
