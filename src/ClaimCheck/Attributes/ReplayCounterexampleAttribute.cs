using ClaimCheck.Claims;
using ClaimCheck.Evidence.Edits;

namespace ClaimCheck;

/// <summary>
/// Replays one recorded edit counterexample of this claim (copy kind, case index, size and shrink path from the
/// snapshot's <c>replay</c> object): the case is rebuilt from the claim's seed, rescored, and reported as CLM2004,
/// so a reviewer can reproduce a failure exactly.
/// </summary>
[AttributeUsage(AttributeTargets.Method, Inherited = false)]
public sealed class ReplayCounterexampleAttribute : Attribute
{
    /// <summary>Names the counterexample to replay.</summary>
    public ReplayCounterexampleAttribute(EditKind kind, int caseIndex, int size, params int[] shrinkPath)
    {
        Request = new ReplayRequest(kind, caseIndex, size, shrinkPath);
    }

    /// <summary>The counterexample to replay.</summary>
    public ReplayRequest Request { get; }
}
