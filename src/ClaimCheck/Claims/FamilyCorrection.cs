namespace ClaimCheck.Claims;

/// <summary>How the p-values of a family of claims are adjusted before their verdicts are decided.</summary>
public enum FamilyCorrection
{
    /// <summary>
    /// Holm's step-down adjustment (the default): the chance that any claim of the family holds by luck stays at most α
    /// (family-wise error rate), whatever the dependence between the claims.
    /// </summary>
    Holm,

    /// <summary>
    /// The Benjamini–Hochberg step-up adjustment: among the claims that hold, the expected fraction that hold by luck
    /// stays at most α (false discovery rate), under independence or positive dependence. More claims hold than under
    /// Holm; use it for screens of many claims, not for a gate where one false Holds is costly.
    /// </summary>
    BenjaminiHochberg,

    /// <summary>No adjustment: each claim is judged on its own p-values, as if it were the only one.</summary>
    None,
}
