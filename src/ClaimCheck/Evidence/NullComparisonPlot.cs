namespace ClaimCheck.Evidence;

/// <summary>
/// The plot data of evidence that compares an observed figure with null draws (ablation, steering): reports draw the
/// null as a histogram with the subject's figure and the null's 95th percentile on it. Numbers that could not be
/// computed are null.
/// </summary>
public interface INullComparisonPlot
{
    /// <summary>The readout the figure is measured on.</summary>
    string Readout { get; }

    /// <summary>What the observed figure measures, in words (an axis label).</summary>
    string Figure { get; }

    /// <summary>The subject's observed figure.</summary>
    double? Observed { get; }

    /// <summary>The null's p-value of the observed figure.</summary>
    double? NullP { get; }

    /// <summary>The null's 95th percentile.</summary>
    double? NullQuantile95 { get; }

    /// <summary>What the null draws are, in words.</summary>
    string NullOf { get; }

    /// <summary>The null draws.</summary>
    IReadOnlyList<double?> Null { get; }
}
