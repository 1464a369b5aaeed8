using ClaimCheck.Targets;

namespace ClaimCheck.Validity.Study;

/// <summary>
/// Claims that share one audit target. The target is built only when the batch runs and disposed after it, so a
/// study over many random networks holds one network at a time.
/// </summary>
/// <param name="Describe">The target in words, for the report (e.g. "random-weight stripes net, seed 3").</param>
/// <param name="Target">Builds the target.</param>
/// <param name="Claims">The claims on it.</param>
public sealed record StudyBatch(string Describe, Func<AuditTarget> Target, IReadOnlyList<StudyClaim> Claims);
