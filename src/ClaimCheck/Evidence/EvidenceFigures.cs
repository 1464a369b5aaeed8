using ClaimCheck.Verdicts;

namespace ClaimCheck.Evidence;

/// <summary>Wording shared by the kinds' key figures.</summary>
internal static class EvidenceFigures
{
    /// <summary>
    /// ", p adjusted for the family" where the claim is in a family: verdicts use the adjusted p
    /// (docs/multiple-testing.md), so figures show it beside the raw one.
    /// </summary>
    public static string Adjusted(bool shown, double adjusted) => shown ? $", {Figures.P(adjusted)} adjusted for the family" : "";
}
