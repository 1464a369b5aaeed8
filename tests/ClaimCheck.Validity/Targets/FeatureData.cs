using ClaimCheck.Statistics;
using ClaimCheck.Targets;

namespace ClaimCheck.Validity.Targets;

/// <summary>
/// Synthetic inputs with exact concept labels for the study's small models: <see cref="Features"/> binary features,
/// each present independently with probability <see cref="PresentRate"/> (so two features co-occur in 1% of inputs:
/// rarely), carried by one input component each (1 when present, 0 when absent, plus Gaussian noise of
/// <see cref="FeatureNoise"/>), followed by <see cref="NoiseComponents"/> components of pure standard-normal noise.
/// </summary>
public static class FeatureData
{
    /// <summary>Number of features, and of concepts (named <c>f0</c> … <c>f7</c>).</summary>
    public const int Features = 8;

    /// <summary>Input components that carry no feature.</summary>
    public const int NoiseComponents = 8;

    /// <summary>Components per input.</summary>
    public const int Width = Features + NoiseComponents;

    /// <summary>
    /// Each feature's presence rate. 0.1 gives about 100 positives in a split of 1000, well above the 30 a split needs,
    /// and makes any two features co-occur in only 1% of inputs: what "rarely co-occurring" means here. It also keeps a
    /// two-feature unit's AUROC for either feature near 1 − 0.1/2 = 0.95, clearly above the default bar of 0.8, so a
    /// planted polysemantic claim is decided by its specificity, not lost in an interval that straddles the bar.
    /// </summary>
    public const double PresentRate = 0.1;

    /// <summary>
    /// Noise on a feature's component. At 0.2 the component separates present from absent with AUROC
    /// Φ(1/(0.2·√2)) ≈ 0.9998, and a sum of two components (a two-feature unit) still with Φ(1/(0.2·2)) ≈ 0.994
    /// before the other feature's positives count against it: planted subjects are clear, so the study measures the
    /// verdict rules, not the planted signal's strength.
    /// </summary>
    public const double FeatureNoise = 0.2;

    /// <summary>Examples in the discovery split (as in the stripes world).</summary>
    public const int DiscoveryCount = 1000;

    /// <summary>Examples in the held-out split (as in the stripes world).</summary>
    public const int HeldOutCount = 2000;

    /// <summary>The concept name of feature <paramref name="feature"/>.</summary>
    public static string ConceptName(int feature) => $"f{feature}";

    /// <summary>The concept library: one concept per feature, labelled by the labels shipped with the splits.</summary>
    public static ConceptLibrary Concepts() =>
        new(Enumerable.Range(0, Features).Select(f => new Concept(ConceptName(f), $"feature {f} is present")));

    /// <summary>A discovery split and a held-out split, from seeds derived from <paramref name="seed"/>.</summary>
    public static DataSplit[] Splits(ulong seed) =>
    [
        Generate("discovery", SplitRole.Discovery, DiscoveryCount, SeededRandom.Derive(seed, "discovery")),
        Generate("held-out", SplitRole.HeldOut, HeldOutCount, SeededRandom.Derive(seed, "held-out")),
    ];

    private static DataSplit Generate(string name, SplitRole role, int count, ulong seed)
    {
        var random = new SeededRandom(seed);
        var values = new float[count * Width];
        var labels = new bool[Features][];
        for (int f = 0; f < Features; f++)
        {
            labels[f] = new bool[count];
        }

        for (int i = 0; i < count; i++)
        {
            for (int f = 0; f < Features; f++)
            {
                bool present = random.NextBool(PresentRate);
                labels[f][i] = present;
                values[(i * Width) + f] = (float)((present ? 1.0 : 0.0) + (FeatureNoise * random.NextGaussian()));
            }

            for (int n = 0; n < NoiseComponents; n++)
            {
                values[(i * Width) + Features + n] = (float)random.NextGaussian();
            }
        }

        return new DataSplit(name, role, values, [Width],
            Enumerable.Range(0, Features).ToDictionary(ConceptName, f => labels[f]));
    }
}
