namespace ClaimCheck.Statistics;

/// <summary>The values of one class of a labelled sample: the positives' or the negatives' scores or effects.</summary>
internal static class LabelledValues
{
    /// <summary>The values whose label equals <paramref name="label"/>, in sample order.</summary>
    public static double[] Of(double[] values, bool[] labels, bool label) =>
        values.Where((_, i) => labels[i] == label).ToArray();

    /// <summary>The mean of the values whose label equals <paramref name="label"/>; NaN when there are none.</summary>
    public static double MeanOf(double[] values, bool[] labels, bool label)
    {
        double sum = 0;
        int count = 0;
        for (int i = 0; i < values.Length; i++)
        {
            if (labels[i] == label)
            {
                sum += values[i];
                count++;
            }
        }

        return count == 0 ? double.NaN : sum / count;
    }
}
