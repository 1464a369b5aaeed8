using ClaimCheck.Claims;

namespace ClaimCheck;

/// <summary>
/// Puts claims in a named family, whose p-values are adjusted together (Holm by default). On a method it places that
/// claim; on a class or assembly, every claim inside that does not say otherwise (method → class → assembly). Without
/// it a claim's family is its class, so adding a claim to another class changes no verdict here.
/// </summary>
/// <example>
/// <code>
/// [ClaimFamily("stripes-causal", Correction = FamilyCorrection.BenjaminiHochberg)]
/// public class AblationClaims { ... }
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class | AttributeTargets.Assembly, Inherited = true)]
public sealed class ClaimFamilyAttribute : Attribute
{
    /// <summary>Names the family.</summary>
    /// <param name="name">The family's name, unique within the assembly; claims with the same name form one family.</param>
    public ClaimFamilyAttribute(string name)
    {
        Name = name;
    }

    /// <summary>The family's name.</summary>
    public string Name { get; }

    /// <summary>How the family's p-values are adjusted; Holm unless set.</summary>
    public FamilyCorrection Correction { get; set; } = FamilyCorrection.Holm;
}
