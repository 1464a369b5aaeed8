using StripesWorld.Data;
using StripesWorld.Scenes;

namespace StripesWorld.Train;

/// <summary>
/// How well each column of a score matrix (a unit, a latent) stands for stripes on a labelled scene set: its AUROC for
/// stripes, and its strongest response to another kind among the scenes without stripes (the specificity a
/// <c>Means</c> claim asks for). Used on training-distribution scenes only, never on a claim split.
/// </summary>
internal sealed record StripesProfile(double[] Aurocs, double[] WorstOther, FeatureKind[] WorstKind)
{
    public static StripesProfile Of(float[] scores, int rows, int columns, SceneSet scenes)
    {
        bool[] stripes = scenes.Labels(FeatureKind.Stripes);
        bool[] withoutStripes = [.. stripes.Select(s => !s)];
        var aurocs = new double[columns];
        var worst = new double[columns];
        var worstKind = new FeatureKind[columns];
        for (int j = 0; j < columns; j++)
        {
            double[] column = Enumerable.Range(0, rows).Select(r => (double)scores[(r * columns) + j]).ToArray();
            aurocs[j] = Auroc.Of(column, stripes);
            worst[j] = double.NegativeInfinity;
            foreach (FeatureKind kind in FeatureKinds.All.Where(k => k != FeatureKind.Stripes))
            {
                double other = Auroc.Among(column, scenes.Labels(kind), withoutStripes);
                if (other > worst[j])
                {
                    worst[j] = other;
                    worstKind[j] = kind;
                }
            }
        }

        return new StripesProfile(aurocs, worst, worstKind);
    }

    /// <summary>The column with the highest stripes AUROC (lowest index on a tie).</summary>
    public int Best => Enumerable.Range(0, Aurocs.Length).OrderByDescending(j => Aurocs[j]).ThenBy(j => j).First();
}
