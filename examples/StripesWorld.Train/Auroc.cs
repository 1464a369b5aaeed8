namespace StripesWorld.Train;

/// <summary>
/// ClaimCheck's AUROC (<see cref="ClaimCheck.Statistics.Auroc"/>) for the printouts, which score splits where a kind may
/// be missing: NaN there instead of an exception.
/// </summary>
internal static class Auroc
{
    /// <summary>The AUROC of <paramref name="scores"/> for <paramref name="labels"/>; NaN without both classes.</summary>
    public static double Of(IReadOnlyList<double> scores, IReadOnlyList<bool> labels)
    {
        bool[] classes = [.. labels];
        int positives = classes.Count(l => l);
        return positives == 0 || positives == classes.Length
            ? double.NaN
            : ClaimCheck.Statistics.Auroc.Compute([.. scores], classes);
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
