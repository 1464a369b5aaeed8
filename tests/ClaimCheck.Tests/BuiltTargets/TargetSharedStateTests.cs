using ClaimCheck.Capture;
using ClaimCheck.Tests.Fixtures;
using NUnit.Framework;

namespace ClaimCheck.Tests.BuiltTargets;

/// <summary>
/// An audit target keeps the per-target state of the layers above it (its activation store, its clean-pass cache):
/// one of each, shared by every claim on the target, and released with it.
/// </summary>
public class TargetSharedStateTests
{
    [Test]
    public void A_target_makes_each_shared_state_once_even_when_claims_ask_at_once()
    {
        using var target = new PlantedTarget();
        int made = 0;

        Probe[] seen = [.. Enumerable.Range(0, 16).AsParallel().Select(_ => target.Shared(_ => { Interlocked.Increment(ref made); return new Probe(); }))];

        Assert.Multiple(() =>
        {
            Assert.That(made, Is.EqualTo(1));
            Assert.That(seen.Distinct().Count(), Is.EqualTo(1));
            Assert.That(target.Activations, Is.SameAs(target.Activations), "one activation store per target");
        });
    }

    [Test]
    public void Disposing_a_target_disposes_its_shared_state()
    {
        var target = new PlantedTarget();
        Probe probe = target.Shared(_ => new Probe());

        target.Dispose();

        Assert.That(probe.Disposed, Is.True);
    }

    private sealed class Probe : IDisposable
    {
        public bool Disposed { get; private set; }

        public void Dispose() => Disposed = true;
    }
}
