namespace ClaimCheck.Claims;

/// <summary>
/// The family a claim belongs to: the claims whose p-values are adjusted together. Attribute claims belong to the
/// family <c>[ClaimFamily]</c> names on the method, class or assembly, else to the family of their class.
/// </summary>
/// <param name="Name">The family's name, unique within an assembly.</param>
/// <param name="Correction">How its p-values are adjusted.</param>
public sealed record ClaimFamily(string Name, FamilyCorrection Correction);
