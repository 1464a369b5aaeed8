namespace ToyModels.Geometry;

/// <summary>
/// What Elhage et al. (2022) report for n = 5 features in m = 2 dimensions with importance 0.9^i (their first
/// figure shows sparsity 0%, 80% and 90%), in words, for the report to print beside the measured geometry.
/// </summary>
public static class PaperResults
{
    /// <summary>The paper's qualitative result at <paramref name="sparsity"/>, or what lies between its panels.</summary>
    public static string At(double sparsity) => sparsity switch
    {
        0 => "2 features, the most important (0, 1), orthogonal (90°); the other 3 ignored (‖W_i‖ ≈ 0); D = 1 each",
        < 0.8 => "between the panels (0% and 80%): more than 2 features begin to share the plane",
        < 0.9 => "4 features as 2 antipodal pairs (180° apart, D ≈ 1/2); the least important ignored",
        < 0.95 => "all 5 features, pentagon-like (D ≈ 2/5)",
        _ => "beyond the last panel (90%): all 5 features as a regular pentagon, 72° apart, D = 2/5 each",
    };
}
