namespace ClaimCheck.Statistics;

/// <summary>
/// Turns the cluster (document) id of each example into a dense number 0 … K − 1, in order of first appearance, so the
/// clustered statistics can keep one slot per cluster in an array. Ids are arbitrary integers: a document index, a hash.
/// </summary>
internal static class ClusterIds
{
    /// <summary>
    /// Writes each example's dense cluster number into <paramref name="dense"/> and returns the number of clusters.
    /// </summary>
    /// <param name="ids">One cluster id per example.</param>
    /// <param name="examples">How many examples the other spans of the statistic hold.</param>
    /// <param name="idsName">The parameter name to report.</param>
    /// <param name="dense">Receives one number per example; at least <paramref name="examples"/> long.</param>
    /// <exception cref="ArgumentException"><paramref name="ids"/> has another length than the scores.</exception>
    public static int Number(ReadOnlySpan<int> ids, int examples, string idsName, Span<int> dense)
    {
        if (ids.Length != examples)
        {
            throw new ArgumentException(
                $"There are {examples} scores but {ids.Length} cluster ids; each score needs exactly one cluster id.",
                idsName);
        }

        var numbers = new Dictionary<int, int>();
        for (int i = 0; i < ids.Length; i++)
        {
            if (!numbers.TryGetValue(ids[i], out int number))
            {
                number = numbers.Count;
                numbers.Add(ids[i], number);
            }

            dense[i] = number;
        }

        return numbers.Count;
    }
}
