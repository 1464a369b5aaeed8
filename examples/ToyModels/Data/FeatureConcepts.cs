using System.Globalization;
using ClaimCheck.Targets;

namespace ToyModels.Data;

/// <summary>
/// The concepts of the toy world, one per feature: <c>feature0</c> ... <c>feature4</c>, where "feature i" means
/// x_i ≥ 0.5, the feature present at half its largest value or more.
/// </summary>
/// <remarks>
/// Why not "x_i &gt; 0" (active)? In the dense regime every feature is active in every example, so "active" has no
/// negatives and no AUROC. The threshold 0.5 is fixed in advance, the same in every regime, and it is the median of
/// an active feature's value (uniform on [0, 1]): in the dense regime each concept splits the data in half; in a
/// sparse regime the positives are the upper half of the active examples, the negatives are inactive examples and the
/// weakly active lower half. It also asks what a reader of the paper expects: a feature that is clearly present.
/// Reconstruction through ReLU(Wᵀh + b) with a negative bias cuts off the weakest values of a feature, so a feature
/// barely present (x_i just above 0) is neither a fair positive nor a fair negative; x_i ≥ 0.5 keeps it on the
/// negative side, where a subject's response to it costs the subject AUROC, honestly.
/// </remarks>
public static class FeatureConcepts
{
    /// <summary>The value at which a feature counts as present.</summary>
    public const float Threshold = 0.5f;

    /// <summary>The concept name of feature <paramref name="feature"/>, e.g. <c>feature2</c>.</summary>
    public static string Name(int feature) => "feature" + feature.ToString(CultureInfo.InvariantCulture);

    /// <summary>The concept library: one concept per feature, labelled by the splits' shipped labels.</summary>
    public static ConceptLibrary Library() => new(Enumerable.Range(0, ToyRegime.Features).Select(i =>
        new Concept(Name(i), FormattableString.Invariant($"x_{i} ≥ {Threshold}: feature {i} (importance 0.9^{i} = {ToyRegime.Importance[i]:0.###}) present at half its largest value or more"))));

    /// <summary>Each concept's labels for the examples in <paramref name="values"/> (row-major, five per example).</summary>
    public static Dictionary<string, bool[]> Labels(float[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        const int n = ToyRegime.Features;
        int count = values.Length / n;
        var labels = new Dictionary<string, bool[]>(StringComparer.Ordinal);
        for (int i = 0; i < n; i++)
        {
            var column = new bool[count];
            for (int e = 0; e < count; e++)
            {
                column[e] = values[(e * n) + i] >= Threshold;
            }

            labels[Name(i)] = column;
        }

        return labels;
    }
}
