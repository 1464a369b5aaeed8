using ClaimCheck.Targets;
using StripesWorld.Model;
using StripesWorld.Scenes;

namespace StripesWorld.Train;

/// <summary>The network's bottleneck activations and logits on one split, with the split's labels.</summary>
internal sealed class WorldScores
{
    private readonly float[] _bottleneck;
    private readonly float[] _logits;

    public WorldScores(StripesNet model, DataSplit split)
    {
        Split = split;
        _bottleneck = StripesNetRunner.Bottleneck(model, split.Values);
        _logits = StripesNetRunner.Logits(model, split.Values);
    }

    public DataSplit Split { get; }

    public int Count => Split.Count;

    /// <summary>Whether <paramref name="kind"/> occurs at all in this split (discovery lacks most kinds).</summary>
    public bool Shows(FeatureKind kind) => Labels(kind).Any(l => l);

    public bool[] Labels(FeatureKind kind) => Split.Labels[kind.ConceptName()];

    public double[] Unit(int unit) =>
        Enumerable.Range(0, Count).Select(i => (double)_bottleneck[(i * StripesNet.BottleneckUnits) + unit]).ToArray();

    public double[] Logit(FeatureKind kind) =>
        Enumerable.Range(0, Count).Select(i => (double)_logits[(i * FeatureKinds.Count) + (int)kind]).ToArray();

    /// <summary>The projection of the bottleneck activations onto <paramref name="direction"/> (norm does not matter for AUROC).</summary>
    public double[] Project(IReadOnlyList<float> direction) =>
        Enumerable.Range(0, Count).Select(i =>
        {
            double dot = 0;
            for (int u = 0; u < StripesNet.BottleneckUnits; u++)
            {
                dot += _bottleneck[(i * StripesNet.BottleneckUnits) + u] * direction[u];
            }

            return dot;
        }).ToArray();

    public double Auroc(double[] scores, FeatureKind kind) => Train.Auroc.Of(scores, Labels(kind));

    /// <summary>Accuracy of the head's decision (logit above 0) for <paramref name="kind"/>.</summary>
    public double Accuracy(FeatureKind kind)
    {
        double[] logits = Logit(kind);
        bool[] labels = Labels(kind);
        return (double)Enumerable.Range(0, Count).Count(i => (logits[i] > 0) == labels[i]) / Count;
    }
}
