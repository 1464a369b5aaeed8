using ClaimCheck.Evidence.Steering;
using NUnit.Framework;
using static TorchSharp.torch;

namespace ClaimCheck.Tests.Steering;

/// <summary>The steering arithmetic: G vectors added to a batch's layer output, stacked along the batch, at every position of a map.</summary>
public class SteerTests
{
    [Test]
    public void Vectors_are_added_to_every_example_in_stacked_order()
    {
        using var scope = NewDisposeScope();
        Tensor layer = tensor(new float[] { 1, 2, 3, 4 }, [2, 2]);             // 2 examples, 2 units
        Tensor rows = tensor(new float[] { 10, 0, 0, 100 }, [2, 2]);           // 2 vectors

        float[] steered = SteeringRunner.Steer(layer, rows).data<float>().ToArray();

        // Row g·B + i is vector g added to example i.
        Assert.That(steered, Is.EqualTo(new float[] { 11, 2, 13, 4, 1, 102, 3, 104 }));
    }

    [Test]
    public void On_a_map_the_vector_is_added_at_every_position()
    {
        using var scope = NewDisposeScope();
        Tensor layer = zeros(1, 2, 3);                                          // 1 example, 2 channels, 3 positions
        Tensor rows = tensor(new float[] { 1, -2 }, [1, 2]);

        Tensor steered = SteeringRunner.Steer(layer, rows);

        Assert.That(steered.shape, Is.EqualTo(new long[] { 1, 2, 3 }));
        Assert.That(steered.data<float>().ToArray(), Is.EqualTo(new float[] { 1, 1, 1, -2, -2, -2 }));
    }
}
