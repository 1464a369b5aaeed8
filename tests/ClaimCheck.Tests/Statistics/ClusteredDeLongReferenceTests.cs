using System.Globalization;
using System.Text;
using ClaimCheck.Statistics;
using NUnit.Framework;

namespace ClaimCheck.Tests.Statistics;

/// <summary>
/// The clustered AUROC variance against an independent implementation: reference/clustered_auroc.py evaluates
/// Obuchowski's textbook formula with numpy over the full matrix of pair comparisons (no sorting, no tie groups, no
/// regrouping of the sum), on data sets with ties, pure and mixed clusters, singletons and scattered ids.
/// </summary>
public class ClusteredDeLongReferenceTests
{
    private const double RelativeTolerance = 1e-12;

    [Test]
    public void Matches_the_numpy_reference_to_1e_12_relative()
    {
        List<(double[] Scores, bool[] Labels, int[] Clusters)> sets = DataSets();
        string folder = Path.Combine(Path.GetTempPath(), $"claimcheck-clustered-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        try
        {
            string input = Path.Combine(folder, "input.txt");
            string output = Path.Combine(folder, "output.txt");
            File.WriteAllText(input, Write(sets));
            TestContext.Progress.WriteLine($"clustered AUROC reference: {NumpyReference.Run("clustered_auroc.py", input, output).Trim()}");

            string[] lines = File.ReadAllLines(output);
            Assert.That(lines, Has.Length.EqualTo(sets.Count));
            Assert.Multiple(() =>
            {
                for (int k = 0; k < sets.Count; k++)
                {
                    double[] reference = lines[k].Split(' ').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();
                    ClusteredAuroc estimate = ClusteredDeLong.Estimate(sets[k].Scores, sets[k].Labels, sets[k].Clusters);
                    Assert.That(estimate.Auroc, Is.EqualTo(reference[0]).Within(RelativeTolerance * reference[0]), $"AUROC of data set {k}");
                    Assert.That(estimate.Variance, Is.EqualTo(reference[1]).Within(RelativeTolerance * reference[1]), $"variance of data set {k}");
                }
            });
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static List<(double[] Scores, bool[] Labels, int[] Clusters)> DataSets()
    {
        var sets = new List<(double[] Scores, bool[] Labels, int[] Clusters)>
        {
            // The worked example of ClusteredDeLongTests (variance 1/1296).
            ([0.1, 0.4, 0.35, 0.8, 0.4], [false, true, false, true, false], [1, 1, 2, 2, 2]),
        };

        // Singletons, with ties: the reference sees a generic clustered data set, ClaimCheck must still agree.
        (double[] binormalScores, bool[] binormalLabels) = Binormal.Sample(25, 35, 0.7, new SeededRandom(5));
        sets.Add((binormalScores.Select(s => Math.Round(s, 1)).ToArray(), binormalLabels, Enumerable.Range(0, 60).ToArray()));

        var random = new SeededRandom(2026);
        (int Documents, int MaxLength, double Separation, int Decimals)[] shapes =
        [
            (6, 10, 0.5, 0),     // few small clusters, integer scores: many ties, some pure clusters
            (20, 30, 0.8, 1),
            (40, 60, 0.3, 2),
            (15, 200, 1.0, 1),   // long documents
            (80, 3, -0.4, 1),    // many tiny clusters, AUROC below ½
        ];
        foreach ((int documents, int maxLength, double separation, int decimals) in shapes)
        {
            (double[] Scores, bool[] Labels, int[] Clusters) set;
            do
            {
                set = ClusteredData.Sample(documents, maxLength, separation, decimals, random);
            }
            while (!ClusteredDeLongTests.HasTwoClustersOfEachClass(set.Labels, set.Clusters));

            sets.Add(set);
        }

        return sets;
    }

    private static string Write(IEnumerable<(double[] Scores, bool[] Labels, int[] Clusters)> sets)
    {
        var text = new StringBuilder();
        foreach ((double[] scores, bool[] labels, int[] clusters) in sets)
        {
            text.AppendLine(string.Join(' ', scores.Select(s => s.ToString("R", CultureInfo.InvariantCulture))));
            text.AppendLine(string.Join(' ', labels.Select(l => l ? "1" : "0")));
            text.AppendLine(string.Join(' ', clusters.Select(c => c.ToString(CultureInfo.InvariantCulture))));
        }

        return text.ToString();
    }
}
