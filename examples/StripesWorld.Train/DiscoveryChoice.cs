using System.Globalization;
using System.Text;
using ClaimCheck.Capture;
using ClaimCheck.Claims;
using ClaimCheck.Dictionaries;
using ClaimCheck.Statistics;
using StripesWorld.Model;
using StripesWorld.Scenes;

namespace StripesWorld.Train;

/// <summary>
/// Which latent is "the stripes latent", decided on the discovery split alone (the sample a researcher curates): the
/// latent whose activation separates stripes from the rest of discovery best (highest AUROC, lowest index on a tie).
/// Held-out data never enters the choice; the claims then test it there.
/// </summary>
internal sealed record DiscoveryChoice(int Latent, double[] Aurocs, double[][] MeanByKind)
{
    public static DiscoveryChoice Make(StripesWorldTarget world, SparseAutoencoder autoencoder)
    {
        var discovery = world.Discovery!;
        float[] latents = autoencoder.Encode(world.Activations.Get(discovery, StripesNet.BottleneckPath, Reduction.Max).ToArray(), discovery.Count);
        bool[] stripes = discovery.Labels[FeatureKind.Stripes.ConceptName()];
        int count = autoencoder.LatentCount;
        double[] aurocs = Enumerable.Range(0, count).Select(j => ClaimCheck.Statistics.Auroc.Compute(Column(latents, discovery.Count, count, j), stripes)).ToArray();
        int best = Enumerable.Range(0, count).OrderByDescending(j => aurocs[j]).ThenBy(j => j).First();

        // Mean activation per latent for empty discovery scenes and for each kind discovery shows.
        IReadOnlyList<Scene> scenes = world.ScenesOf(StripesWorldTarget.DiscoverySplit);
        var rows = new List<double[]>();
        foreach (FeatureKind? kind in new FeatureKind?[] { null }.Concat(GroundTruth.DiscoveryKinds.Select(k => (FeatureKind?)k)))
        {
            int[] members = Enumerable.Range(0, scenes.Count)
                .Where(i => kind is FeatureKind k ? scenes[i].Contains(k) : scenes[i].Features.Length == 0).ToArray();
            rows.Add(Enumerable.Range(0, count).Select(j => members.Average(i => (double)latents[(i * count) + j])).ToArray());
        }

        return new DiscoveryChoice(best, aurocs, [.. rows]);
    }

    public string Describe()
    {
        CultureInfo c = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.AppendLine("Stripes latent, chosen on the discovery split only (highest AUROC for stripes; held-out data is not read):");
        text.AppendLine(string.Create(c, $"  {"latent",-8} {"AUROC",7} {"(empty)",8} ") + string.Join(" ", GroundTruth.DiscoveryKinds.Select(k => $"{k.ConceptName(),8}")));
        for (int j = 0; j < Aurocs.Length; j++)
        {
            text.AppendLine(string.Create(c, $"  {j,-8} {Aurocs[j],7:0.000} ") + string.Join(" ", MeanByKind.Select(row => row[j].ToString("0.000", c).PadLeft(8))));
        }

        text.AppendLine(c, $"  chosen: latent {Latent} (AUROC {Aurocs[Latent]:0.000} on discovery)");
        return text.ToString();
    }

    private static double[] Column(float[] latents, int rows, int count, int j) =>
        Enumerable.Range(0, rows).Select(r => (double)latents[(r * count) + j]).ToArray();
}
