using ClaimCheck.Statistics;

namespace ClaimCheck.Evidence.Ablation;

/// <summary>
/// The distribution of per-example effects (readout on the original input minus readout after the ablation) on one
/// class of inputs: the mean with its interval, and the figures that show whether the mean hides effects that cancel.
/// </summary>
public sealed record EffectSummary
{
    /// <summary>Examples in the class.</summary>
    public required int Count { get; init; }

    /// <summary>The mean effect; positive when the ablation lowers the readout.</summary>
    public required double Mean { get; init; }

    /// <summary>The mean's percentile-bootstrap interval (seeded).</summary>
    public required Interval MeanInterval { get; init; }

    /// <summary>The median effect.</summary>
    public required double Median { get; init; }

    /// <summary>The mean absolute effect: much larger than |<see cref="Mean"/>| when effects of both signs cancel.</summary>
    public required double MeanAbsolute { get; init; }

    /// <summary>
    /// The fraction of examples whose effect has the sign opposite to the mean's (the cancellation check; a mean of 0
    /// counts as positive). Near 0.5 the "average effect" describes almost nobody.
    /// </summary>
    public required double OppositeSignFraction { get; init; }

    /// <summary>Summarises <paramref name="effects"/> (at least one value); the bootstrap draws from <c>new SeededRandom(<paramref name="seed"/>)</c>'s stream.</summary>
    internal static EffectSummary Of(double[] effects, int resamples, double level, ulong seed)
    {
        double mean = Descriptive.Mean(effects);
        double sign = mean >= 0 ? 1 : -1;
        return new EffectSummary
        {
            Count = effects.Length,
            Mean = mean,
            MeanInterval = MeanBootstrap.Mean(effects, resamples, level, seed),
            Median = Descriptive.Quantile(effects, 0.5),
            MeanAbsolute = effects.Average(Math.Abs),
            OppositeSignFraction = (double)effects.Count(e => e * sign < 0) / effects.Length,
        };
    }
}
