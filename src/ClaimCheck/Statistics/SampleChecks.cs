namespace ClaimCheck.Statistics;

/// <summary>Argument checks shared by every score-versus-label statistic, so they all reject the same inputs the same way.</summary>
internal static class SampleChecks
{
    /// <summary>Checks lengths, NaN scores and that both classes are present; returns the class counts.</summary>
    public static (int Positives, int Negatives) CountClasses(
        ReadOnlySpan<double> scores,
        ReadOnlySpan<bool> labels,
        string scoresName,
        string labelsName)
    {
        if (scores.Length != labels.Length)
        {
            throw new ArgumentException(
                $"There are {scores.Length} scores but {labels.Length} labels; each score needs exactly one label.",
                labelsName);
        }

        int positives = 0;
        for (int i = 0; i < scores.Length; i++)
        {
            if (double.IsNaN(scores[i]))
            {
                // A NaN cannot be ranked; letting it sort anywhere would silently change the statistic.
                throw new ArgumentException($"Score {i} is NaN; every score must be a number.", scoresName);
            }

            if (labels[i])
            {
                positives++;
            }
        }

        int negatives = scores.Length - positives;
        if (positives == 0)
        {
            throw new ArgumentException("There are no positive labels; a ranking statistic needs both classes.", labelsName);
        }

        if (negatives == 0)
        {
            throw new ArgumentException("There are no negative labels; a ranking statistic needs both classes.", labelsName);
        }

        return (positives, negatives);
    }

    /// <summary>Checks that a confidence level lies strictly between 0 and 1 and returns the two-sided normal critical value.</summary>
    public static double CriticalValue(double level, string levelName)
    {
        CheckLevel(level, levelName);
        // The quantile of the upper tail (1 − level) / 2 itself: forming 1 − (1 − level) / 2 first would round away the
        // tail's low digits, which for levels near 1 are most of it. 1 − level is exact for level ≥ ½ (Sterbenz).
        return Normal.UpperTailQuantile((1 - level) / 2);
    }

    /// <summary>Checks that a confidence level lies strictly between 0 and 1.</summary>
    public static void CheckLevel(double level, string levelName)
    {
        if (!(level > 0 && level < 1))
        {
            throw new ArgumentOutOfRangeException(levelName, level, "The confidence level must lie strictly between 0 and 1 (e.g. 0.95).");
        }
    }
}
