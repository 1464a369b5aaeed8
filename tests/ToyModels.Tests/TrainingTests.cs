using NUnit.Framework;
using ToyModels.Data;
using ToyModels.Model;
using ToyModels.Training;

namespace ToyModels.Tests;

/// <summary>Training is deterministic, and retraining reproduces the committed weights.</summary>
public class TrainingTests
{
    [Test]
    public void SameRegimeTrainsToTheSameBytesTwice()
    {
        // A short run is enough to show that seeds, batches and arithmetic repeat exactly.
        var settings = ToyTrainingSettings.Default with { Steps = 300 };
        string first = Train(ToyRegime.Sparse, settings);
        string second = Train(ToyRegime.Sparse, settings);
        Assert.That(second, Is.EqualTo(first));
    }

    [Test]
    public void RunsOfOneSparsityStartFromDifferentWeights()
    {
        Assert.That(ToyTraining.InitialWeight(ToyRegime.SparseRun2), Is.Not.EqualTo(ToyTraining.InitialWeight(ToyRegime.Sparse)));
    }

    [Test]
    public void RetrainingReproducesTheCommittedWeights()
    {
        // The full run behind the committed dense weights (about 20 s on two busy cores). On the machine that wrote
        // them the bytes are identical; on another CPU vectorised reductions may round differently in the last bits,
        // and 10,000 Adam steps carry that into the weights only far below 1e-3, which this tolerance allows.
        ToyTraining.Result result = ToyTraining.Train(ToyRegime.Dense);
        using ToyModel retrained = result.Model;
        using ToyModel committed = ToyWeights.LoadCommitted(ToyRegime.Dense);
        float[] expected = [.. committed.WeightValues(), .. committed.BiasValues()];
        float[] actual = [.. retrained.WeightValues(), .. retrained.BiasValues()];
        TestContext.Out.WriteLine($"largest difference from the committed weights: {expected.Zip(actual, (a, b) => Math.Abs(a - b)).Max():G3}");
        Assert.That(actual, Is.EqualTo(expected).Within(1e-3));
    }

    [Test]
    public void WeightsFileRoundTripsBitForBit()
    {
        using ToyModel committed = ToyWeights.LoadCommitted(ToyRegime.Sparse);
        using ToyModel reread = ToyWeights.Parse(ToyWeights.Format(committed, ToyRegime.Sparse, finalLoss: 0));
        Assert.Multiple(() =>
        {
            Assert.That(reread.WeightValues(), Is.EqualTo(committed.WeightValues()));
            Assert.That(reread.BiasValues(), Is.EqualTo(committed.BiasValues()));
        });
    }

    private static string Train(ToyRegime regime, ToyTrainingSettings settings)
    {
        ToyTraining.Result result = ToyTraining.Train(regime, settings);
        using ToyModel model = result.Model;
        return ToyWeights.Format(model, regime, result.FinalLoss);
    }
}
