using ClaimCheck.Capture;
using ClaimCheck.Claims;
using ClaimCheck.Targets;

namespace CodeWorld.Audit;

/// <summary>
/// A concept's mean-difference direction in a layer: the mean activation at the window's last position over the
/// split's positives minus the mean over its negatives, scaled to unit length. The simplest probe there is, and one
/// fitted on a single split: fit it on discovery, judge it on held-out data.
/// </summary>
public static class MeanDifferenceDirection
{
    /// <summary>The unit-length direction of <paramref name="concept"/> in <paramref name="layer"/>, from <paramref name="split"/>'s captured activations.</summary>
    public static float[] Fit(AuditTarget target, DataSplit split, string layer, string concept)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(split);
        bool[] labels = target.Concepts[concept].Label(split);
        ActivationMatrix activations = target.Activations.Get(split, layer, Reduction.Last);
        var positive = new double[activations.Units];
        var negative = new double[activations.Units];
        int positives = 0;
        for (int row = 0; row < activations.Rows; row++)
        {
            double[] sum = labels[row] ? positive : negative;
            positives += labels[row] ? 1 : 0;
            ReadOnlySpan<float> values = activations.Row(row);
            for (int u = 0; u < values.Length; u++)
            {
                sum[u] += values[u];
            }
        }

        int negatives = activations.Rows - positives;
        if (positives == 0 || negatives == 0)
        {
            throw new ArgumentException($"concept '{concept}' has {positives} positives and {negatives} negatives on split '{split.Name}'; a mean difference needs both", nameof(concept));
        }

        double[] difference = [.. positive.Zip(negative, (p, n) => (p / positives) - (n / negatives))];
        double norm = Math.Sqrt(difference.Sum(d => d * d));
        return [.. difference.Select(d => (float)(d / norm))];
    }
}
