using ClaimCheck.Claims;

namespace ClaimCheck.Running;

/// <summary>How a claim's family adjusted its p-values (docs/multiple-testing.md).</summary>
/// <param name="Name">The family's name.</param>
/// <param name="Correction">The adjustment.</param>
/// <param name="Size">m, the number of claims in the family (claims that could not be evaluated count, with p = 1).</param>
/// <param name="P">
/// The claim's p for the family: the largest p-value among the null comparisons its Holds needs (every held-out
/// split, the ablation), an intersection–union test; 1 when the claim could not be evaluated.
/// </param>
/// <param name="AdjustedP">That p adjusted across the family; the claim's null comparisons are judged against α at this scale.</param>
public sealed record FamilyOutcome(string Name, FamilyCorrection Correction, int Size, double P, double AdjustedP);
