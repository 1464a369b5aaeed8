using ClaimCheck.Capture;
using ClaimCheck.Claims;
using ClaimCheck.Targets;
using ClaimCheck.Tests.Fixtures;
using NUnit.Framework;

namespace ClaimCheck.Tests.Capture;

/// <summary>The activation cache knows a split by its content, not by its name.</summary>
public class ActivationStoreTests
{
    // Two examples of the planted target's 16 components; "layer" is the identity on components 0 and 2.
    private static DataSplit Split(string name, float first) =>
        new(name, SplitRole.HeldOut, [.. Enumerable.Range(0, 2 * PlantedTarget.Width).Select(i => i == 0 ? first : 0f)], [PlantedTarget.Width]);

    [Test]
    public void Two_different_splits_with_the_same_name_get_their_own_activations()
    {
        using var target = new PlantedTarget();

        ActivationMatrix first = target.Activations.Get(Split("held-out", 1f), "layer", Reduction.Max);
        ActivationMatrix second = target.Activations.Get(Split("held-out", 5f), "layer", Reduction.Max);

        Assert.That(first.Row(0)[0], Is.EqualTo(1f));
        Assert.That(second.Row(0)[0], Is.EqualTo(5f), "the second split was served the first one's activations");
    }

    [Test]
    public void The_same_content_under_any_name_is_captured_once_per_layer_and_reduction()
    {
        using var target = new PlantedTarget().WithoutDiskStore();
        int before = target.Activations.CapturePasses;

        target.Activations.Get(Split("one", 3f), "layer", Reduction.Max);
        target.Activations.Get(Split("another", 3f), "layer", Reduction.Max);
        Assert.That(target.Activations.CapturePasses - before, Is.EqualTo(1));

        target.Activations.Get(Split("one", 3f), "layer", Reduction.Mean);
        Assert.That(target.Activations.CapturePasses - before, Is.EqualTo(2));
    }
}
