using System.Globalization;

namespace ToyModels.Data;

/// <summary>
/// One training run of the toy model: a feature sparsity S and a training run number (run 2 differs from run 1
/// only in its seeds: initial weights and batches).
/// </summary>
/// <param name="Sparsity">S, the probability that a feature is 0.</param>
/// <param name="Run">The training run, 1 or more.</param>
public sealed record ToyRegime(double Sparsity, int Run)
{
    /// <summary>n, features.</summary>
    public const int Features = 5;

    /// <summary>m, hidden dimensions.</summary>
    public const int HiddenDims = 2;

    /// <summary>Dense data (S = 0), run 1: the paper's two orthogonal features.</summary>
    public static ToyRegime Dense { get; } = new(0, 1);

    /// <summary>Dense data, run 2 (other seeds).</summary>
    public static ToyRegime DenseRun2 { get; } = new(0, 2);

    /// <summary>S = 0.7, run 1.</summary>
    public static ToyRegime S70 { get; } = new(0.7, 1);

    /// <summary>S = 0.8, run 1 (the middle panel of the paper's first figure).</summary>
    public static ToyRegime S80 { get; } = new(0.8, 1);

    /// <summary>S = 0.9, run 1.</summary>
    public static ToyRegime S90 { get; } = new(0.9, 1);

    /// <summary>S = 0.97, run 1: high sparsity, the paper's pentagon.</summary>
    public static ToyRegime Sparse { get; } = new(0.97, 1);

    /// <summary>S = 0.97, run 2 (other seeds).</summary>
    public static ToyRegime SparseRun2 { get; } = new(0.97, 2);

    /// <summary>Every training run the world ships weights for, in report order.</summary>
    public static IReadOnlyList<ToyRegime> All { get; } = [Dense, DenseRun2, S70, S80, S90, Sparse, SparseRun2];

    /// <summary>A stable key, e.g. <c>s097-run1</c>: seeds and weight file names derive from it.</summary>
    public string Key => $"{SparsityKey(Sparsity)}-run{Run.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>The feature importances I_i = 0.9^i.</summary>
    public static IReadOnlyList<double> Importance { get; } = [.. Enumerable.Range(0, Features).Select(i => Math.Pow(0.9, i))];

    /// <summary>The sparsity as a key, e.g. <c>s097</c> for 0.97.</summary>
    public static string SparsityKey(double sparsity) =>
        "s" + ((int)Math.Round(sparsity * 100)).ToString("000", CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public override string ToString() => FormattableString.Invariant($"S = {Sparsity:0.00}, run {Run}");
}
