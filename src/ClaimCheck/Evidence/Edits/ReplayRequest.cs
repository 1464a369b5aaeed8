
namespace ClaimCheck.Evidence.Edits;

/// <summary>Which recorded edit counterexample to replay: the fields a snapshot's <c>replay</c> object holds, less the seed.</summary>
/// <param name="Kind">Add, remove or nuisance.</param>
/// <param name="CaseIndex">The case's index in its kind's sample.</param>
/// <param name="Size">The FsCheck size it was drawn at.</param>
/// <param name="ShrinkPath">The shrink candidates taken, in order.</param>
public sealed record ReplayRequest(EditKind Kind, int CaseIndex, int Size, IReadOnlyList<int> ShrinkPath);
