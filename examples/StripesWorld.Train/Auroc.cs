namespace StripesWorld.Train;

/// <summary>
/// AUROC as the Mann–Whitney U statistic: the probability that a random positive scores above a random negative,
/// ties counting one half (average ranks). Local to this printout; ClaimCheck's statistics do the real scoring.
/// </summary>
internal static class Auroc
{
    /// <summary>The AUROC of <paramref name="scores"/> for <paramref name="labels"/>; NaN without both classes.</summary>
    public static double Of(IReadOnlyList<double> scores, IReadOnlyList<bool> labels)
    {
        int n = scores.Count;
        int[] order = Enumerable.Range(0, n).OrderBy(i => scores[i]).ToArray();
        double positiveRankSum = 0;
        int positives = 0;
        for (int start = 0; start < n;)
        {
            int end = start;
            while (end + 1 < n && scores[order[end + 1]] == scores[order[start]])
            {
                end++;
            }

            double averageRank = ((start + end) / 2.0) + 1;
            for (int k = start; k <= end; k++)
            {
                if (labels[order[k]])
                {
                    positiveRankSum += averageRank;
                    positives++;
                }
            }

            start = end + 1;
        }

        int negatives = n - positives;
        if (positives == 0 || negatives == 0)
        {
            return double.NaN;
        }

        return (positiveRankSum - (positives * (positives + 1) / 2.0)) / ((double)positives * negatives);
    }

    /// <summary>The AUROC restricted to the examples where <paramref name="keep"/> is true.</summary>
    public static double Among(IReadOnlyList<double> scores, IReadOnlyList<bool> labels, IReadOnlyList<bool> keep)
    {
        var keptScores = new List<double>();
        var keptLabels = new List<bool>();
        for (int i = 0; i < scores.Count; i++)
        {
            if (keep[i])
            {
                keptScores.Add(scores[i]);
                keptLabels.Add(labels[i]);
            }
        }

        return Of(keptScores, keptLabels);
    }
}
