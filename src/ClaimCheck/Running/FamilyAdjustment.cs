using ClaimCheck.Claims;
using ClaimCheck.Evidence;
using ClaimCheck.Statistics;

namespace ClaimCheck.Running;

/// <summary>
/// Adjusts the p-values of a family of claims (docs/multiple-testing.md). Each claim brings one p: the largest of the
/// p-values of the null comparisons its Holds needs (every held-out split, the ablation). A claim holds only when all
/// of them beat their nulls, so that maximum is a valid p for the claim as a whole (an intersection–union test, Berger
/// 1982) and needs no adjustment inside the claim. The family adjusts those p's (Holm or Benjamini–Hochberg); each
/// claim's null comparisons are then judged with their p multiplied by the claim's factor, adjusted p ÷ raw p, so the
/// largest of them is exactly the claim's adjusted p. The discovery split is where the claim was formed: its p says
/// whether the claim holds even there (Refuted otherwise) and stays raw, as exploratory evidence.
/// </summary>
internal static class FamilyAdjustment
{
    /// <summary>The claim's p for its family; 1 for a claim that could not be evaluated (it counts, and never passes).</summary>
    public static double ClaimP(ClaimRunner.Measurement measured)
    {
        if (measured.Failed is not null)
        {
            return 1;
        }

        double[] p = [.. EvidenceKinds.All
            .Where(kind => measured.Evidence.Has(kind.Name))
            .SelectMany(kind => kind.ConfirmatoryP(measured.Evidence.Get<object>(kind.Name)!))];
        return p.Length == 0 ? 1 : p.Max();
    }

    /// <summary>The adjusted p-values, in the input order.</summary>
    public static double[] Adjust(double[] claimP, FamilyCorrection correction) => correction switch
    {
        FamilyCorrection.Holm => MultipleTesting.Holm(claimP),
        FamilyCorrection.BenjaminiHochberg => MultipleTesting.BenjaminiHochberg(claimP),
        _ => [.. claimP],
    };

    /// <summary>adjusted ÷ raw: how much stricter the family makes this claim's comparisons (at least 1).</summary>
    public static double Factor(double raw, double adjusted) => raw > 0 ? Math.Max(1, adjusted / raw) : 1;
}
