using ClaimCheck.Claims;

namespace ClaimCheck.Reports;

/// <summary>How a claim's family adjusted its p-values, as the verdict document shows it (docs/multiple-testing.md).</summary>
/// <param name="Name">The family's name.</param>
/// <param name="Correction">The adjustment.</param>
/// <param name="Size">m, the number of claims in the family.</param>
/// <param name="P">The claim's p for the family.</param>
/// <param name="AdjustedP">That p adjusted across the family.</param>
public sealed record DocumentFamily(string Name, FamilyCorrection Correction, int Size, double P, double AdjustedP);
