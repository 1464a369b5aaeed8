using ClaimCheck.Targets;
using NUnit.Framework;
using ToyModels.Data;

namespace ToyModels.Tests;

/// <summary>Splits come from recorded seeds, are disjoint, and carry the documented labels.</summary>
public class DataTests
{
    [Test]
    public void SplitsAreTheRecordedOnes()
    {
        // Pinned fingerprints (the same ones the verified snapshots record): a change to the sampler, a seed or the
        // split size changes them, and with them every claim's data.
        IReadOnlyList<DataSplit> dense = ToySplits.Create(0);
        IReadOnlyList<DataSplit> sparse = ToySplits.Create(0.97);
        Assert.Multiple(() =>
        {
            Assert.That(dense[0].Fingerprint, Is.EqualTo("sha256:38a0fa737af1c67e"));
            Assert.That(dense[1].Fingerprint, Is.EqualTo("sha256:5b2065dc96a9f157"));
            Assert.That(sparse[0].Fingerprint, Is.EqualTo("sha256:1530a55ecb9d893a"));
            Assert.That(sparse[1].Fingerprint, Is.EqualTo("sha256:04f7051b9541c82b"));
        });
    }

    [Test]
    public void SeedsDifferByPurpose()
    {
        ulong[] seeds =
        [
            ToySeeds.Split(0.97, ToySplits.Discovery), ToySeeds.Split(0.97, ToySplits.HeldOut), ToySeeds.Split(0, ToySplits.Discovery),
            ToySeeds.Training(ToyRegime.Sparse), ToySeeds.Training(ToyRegime.SparseRun2), ToySeeds.Initialisation(ToyRegime.Sparse),
        ];
        Assert.That(seeds, Is.Unique);
    }

    [TestCase(0.0)]
    [TestCase(0.97)]
    public void SplitsAreDisjointAndHaveNoEmptyExample(double sparsity)
    {
        IReadOnlyList<DataSplit> splits = ToySplits.Create(sparsity);
        var discovery = new HashSet<ulong>(splits[0].ExampleHashes);
        Assert.Multiple(() =>
        {
            Assert.That(splits[1].ExampleHashes.Count(discovery.Contains), Is.Zero);
            foreach (DataSplit split in splits)
            {
                Assert.That(Enumerable.Range(0, split.Count).Count(e => !split.Example(e).ContainsAnyExcept(0f)), Is.Zero);
            }
        });
    }

    [Test]
    public void SparseSplitFollowsTheRegimeDistribution()
    {
        // Conditioned on at least one active feature, a feature is active with probability 0.03 / (1 − 0.97⁵) ≈ 0.212.
        DataSplit split = ToySplits.Create(0.97)[1];
        double expected = 0.03 / (1 - Math.Pow(0.97, 5));
        float[] values = split.Values.ToArray();
        double active = values.Count(v => v > 0) / (double)values.Length;
        // Binomial standard error at n = 20,000 values is about 0.003; four of them is a generous line.
        Assert.That(active, Is.EqualTo(expected).Within(0.012));
    }

    [Test]
    public void ConceptLabelsAreTheDocumentedThreshold()
    {
        DataSplit split = ToySplits.Create(0)[0];
        bool[] labels = FeatureConcepts.Library()[FeatureConcepts.Name(2)].Label(split);
        bool[] expected = [.. Enumerable.Range(0, split.Count).Select(e => split.Example(e)[2] >= 0.5f)];
        Assert.Multiple(() =>
        {
            Assert.That(labels, Is.EqualTo(expected));
            // Dense data: x_2 is uniform on [0, 1], so about half the examples are positive.
            Assert.That(labels.Count(l => l) / (double)labels.Length, Is.EqualTo(0.5).Within(0.05));
        });
    }
}
