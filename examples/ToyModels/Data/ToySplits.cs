using ClaimCheck.Statistics;
using ClaimCheck.Targets;

namespace ToyModels.Data;

/// <summary>
/// The claim splits of a sparsity: a discovery split and a held-out split, each drawn from the regime's distribution
/// with a recorded seed (<see cref="ToySeeds.Split"/>), conditioned on two things the audit needs:
/// <list type="bullet">
/// <item>At least one active feature. The all-zero input carries no feature, so it cannot tell which feature a
/// subject tracks, and being one point repeated it would sit in both splits, which ClaimCheck rightly refuses as
/// overlap (CLM5007). At S = 0.97 it is 86% of raw draws; dropping it also puts the examples where the answer is
/// in the splits.</item>
/// <item>Held-out examples never equal a discovery example (exact float values), so the splits are disjoint by
/// content. Only a repeated float value could collide; at the split sizes used this redraws almost never.</item>
/// </list>
/// </summary>
public static class ToySplits
{
    /// <summary>Name of the discovery split.</summary>
    public const string Discovery = "discovery";

    /// <summary>Name of the held-out split.</summary>
    public const string HeldOut = "held-out";

    /// <summary>
    /// Examples per split. At S = 0.97 a feature is at 0.5 or above in about 11% of the examples with any active
    /// feature, so 4,000 examples give about 400 positives per concept: DeLong intervals of a few hundredths,
    /// tight enough to tell a bar of 0.8 from a clean 1.
    /// </summary>
    public const int Size = 4000;

    /// <summary>The two splits of <paramref name="sparsity"/>, with the feature concepts' labels shipped.</summary>
    public static IReadOnlyList<DataSplit> Create(double sparsity)
    {
        float[] discovery = Draw(sparsity, ToySeeds.Split(sparsity, Discovery), exclude: null);
        var seen = new HashSet<Example>(Examples(discovery));
        float[] heldOut = Draw(sparsity, ToySeeds.Split(sparsity, HeldOut), seen);
        return
        [
            new DataSplit(Discovery, SplitRole.Discovery, discovery, [ToyRegime.Features], FeatureConcepts.Labels(discovery)),
            new DataSplit(HeldOut, SplitRole.HeldOut, heldOut, [ToyRegime.Features], FeatureConcepts.Labels(heldOut)),
        ];
    }

    /// <summary>
    /// <see cref="Size"/> examples of the distribution at <paramref name="sparsity"/> with at least one active
    /// feature and none in <paramref name="exclude"/>, row-major.
    /// </summary>
    public static float[] Draw(double sparsity, ulong seed, IReadOnlySet<Example>? exclude)
    {
        const int n = ToyRegime.Features;
        var random = new SeededRandom(seed);
        var values = new float[Size * n];
        Span<float> candidate = stackalloc float[n];
        for (int e = 0; e < Size;)
        {
            FeatureDistribution.Fill(candidate, n, sparsity, random);
            if (!candidate.ContainsAnyExcept(0f) || (exclude is not null && exclude.Contains(new Example(candidate))))
            {
                continue;
            }

            candidate.CopyTo(values.AsSpan(e * n, n));
            e++;
        }

        return values;
    }

    private static IEnumerable<Example> Examples(float[] values)
    {
        for (int e = 0; e < values.Length / ToyRegime.Features; e++)
        {
            yield return new Example(values.AsSpan(e * ToyRegime.Features, ToyRegime.Features));
        }
    }

    /// <summary>One example's exact values, as a set key.</summary>
    public readonly record struct Example(float X0, float X1, float X2, float X3, float X4)
    {
        /// <summary>The key of a five-feature example.</summary>
        public Example(ReadOnlySpan<float> x)
            : this(x[0], x[1], x[2], x[3], x[4])
        {
        }
    }
}
