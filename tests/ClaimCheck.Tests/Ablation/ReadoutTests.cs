using ClaimCheck.Readouts;
using NUnit.Framework;
using static TorchSharp.torch;

namespace ClaimCheck.Tests.Ablation;

/// <summary>Readouts map a whole batch of outputs to one float64 score per example.</summary>
public class ReadoutTests
{
    private static double[] Scores(Readout readout, float[] output, long[] shape)
    {
        using var scope = NewDisposeScope();
        return readout.Evaluate(tensor(output, shape)).data<double>().ToArray();
    }

    [Test]
    public void A_class_logit_is_a_column_of_the_output()
    {
        Assert.That(Scores(Read.ClassLogit("second", 1), [1, 2, 3, 3], [2, 2]), Is.EqualTo(new[] { 2.0, 3.0 }));
    }

    [Test]
    public void A_log_probability_is_a_column_of_log_softmax()
    {
        // Row (1, 2): 2 − ln(e + e²) = −0.31326; row (3, 3): −ln 2 = −0.69315.
        double[] scores = Scores(Read.LogProbability("second", 1), [1, 2, 3, 3], [2, 2]);

        Assert.That(scores, Is.EqualTo(new[] { 2 - Math.Log(Math.E + (Math.E * Math.E)), -Math.Log(2) }).Within(1e-6));
    }

    [Test]
    public void A_metric_is_any_batch_function_with_one_score_per_example()
    {
        Readout margin = Read.Metric("margin", "class 0 minus class 1", output => output.select(1, 0) - output.select(1, 1));

        Assert.That(Scores(margin, [1, 2, 5, 3], [2, 2]), Is.EqualTo(new[] { -1.0, 2.0 }));
        Assert.That(margin.Name, Is.EqualTo("margin"));
        Assert.That(margin.Description, Is.EqualTo("class 0 minus class 1"));
    }
}
