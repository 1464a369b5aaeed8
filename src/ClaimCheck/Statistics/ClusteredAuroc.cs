namespace ClaimCheck.Statistics;

/// <summary>
/// An AUROC with its cluster-robust variance (<see cref="ClusteredDeLong.Estimate"/>), and the counts an interval needs.
/// </summary>
/// <param name="Auroc">The AUROC over all examples, as <see cref="Statistics.Auroc.Compute"/> gives it: clustering does not change the estimate, only its precision.</param>
/// <param name="Variance">The variance of the AUROC with clusters, not examples, as the independent units (Obuchowski 1997).</param>
/// <param name="NaiveVariance">DeLong's variance of the same AUROC, as if every example were independent (<see cref="DeLong.Estimate"/>).</param>
/// <param name="PositiveClusters">How many clusters hold at least one positive.</param>
/// <param name="NegativeClusters">How many clusters hold at least one negative.</param>
/// <param name="Clusters">How many clusters there are.</param>
internal readonly record struct ClusteredAuroc(
    double Auroc,
    double Variance,
    double NaiveVariance,
    int PositiveClusters,
    int NegativeClusters,
    int Clusters)
{
    /// <summary>
    /// The design effect: how many times the naive variance the clustered one is (1 for independent examples; far above 1
    /// when examples of one cluster move together). NaN when the naive variance is 0.
    /// </summary>
    public double DesignEffect => NaiveVariance == 0 ? double.NaN : Variance / NaiveVariance;
}
