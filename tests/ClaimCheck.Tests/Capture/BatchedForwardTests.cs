using ClaimCheck.Capture;
using NUnit.Framework;
using TorchSharp;
using static TorchSharp.torch;

namespace ClaimCheck.Tests.Capture;

/// <summary>Batched forward passes: the same outputs whatever the batch size, in example order; bad layouts refused.</summary>
public class BatchedForwardTests
{
    [Test]
    public void Outputs_do_not_depend_on_the_batch_size()
    {
        using var model = nn.Linear(6, 3);
        float[] values = Enumerable.Range(0, 7 * 6).Select(i => (float)Math.Sin(i)).ToArray();

        float[] whole = BatchedForward.Map(model, values, [6], 3, model.call, batchSize: 100);
        float[] oneByOne = BatchedForward.Map(model, values, [6], 3, model.call, batchSize: 1);
        float[] inThrees = BatchedForward.Map(model, values, [6], 3, model.call, batchSize: 3);

        Assert.That(whole, Has.Length.EqualTo(21));
        Assert.That(oneByOne, Is.EqualTo(whole).Within(1e-6));
        Assert.That(inThrees, Is.EqualTo(whole).Within(1e-6));
    }

    [Test]
    public void The_examples_keep_their_shape()
    {
        using var model = nn.Flatten();
        float[] values = [1, 2, 3, 4, 5, 6, 7, 8];

        float[] flat = BatchedForward.Map(model, values, [2, 2], 4, model.call, batchSize: 1);

        Assert.That(flat, Is.EqualTo(values));
    }

    [Test]
    public void Values_that_are_not_whole_examples_are_refused()
    {
        using var model = nn.Linear(6, 3);

        Assert.That(() => BatchedForward.Map(model, new float[10], [6], 3, model.call), Throws.ArgumentException.With.Message.Contains("whole number of examples"));
    }
}
