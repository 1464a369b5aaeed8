using System.Runtime.CompilerServices;
using ClaimCheck.NUnit;
using NUnit.Framework;

namespace ClaimCheck.Tests.Torch;

/// <summary>The GC-stress mode runs exactly when <c>CLAIMCHECK_GC_STRESS=1</c> asks for it, and forces collections.</summary>
public class GcStressModeTests
{
    [Test]
    public void The_mode_runs_when_the_environment_asks_for_it()
    {
        Assert.That(GcStress.IsRunning, Is.EqualTo(GcStress.IsRequested),
            $"{GcStress.EnvironmentVariable}={Environment.GetEnvironmentVariable(GcStress.EnvironmentVariable)}");
        if (!GcStress.IsRunning)
        {
            return;
        }

        long before = GcStress.Collections;
        SpinWait.SpinUntil(() => GcStress.Collections > before + 2, TimeSpan.FromSeconds(30));
        Assert.That(GcStress.Collections, Is.GreaterThan(before + 2), "collections are being forced");
    }

    [Test]
    public void Forced_collections_run_the_finalizers_of_what_nobody_holds()
    {
        int before = Volatile.Read(ref Finalizable.Finalized);
        long collections;
        using (var forced = new ForcedCollections())
        {
            Abandon();
            // Under the stress mode another thread forces collections too and may finalize the object first, so wait
            // for this instance's own collections as well.
            SpinWait.SpinUntil(() => Volatile.Read(ref Finalizable.Finalized) > before && forced.Count > 0, TimeSpan.FromSeconds(30));
            collections = forced.Count;
        }

        Assert.That(Volatile.Read(ref Finalizable.Finalized), Is.GreaterThan(before));
        Assert.That(collections, Is.GreaterThan(0));
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Abandon() => _ = new Finalizable();

    private sealed class Finalizable
    {
        public static int Finalized;

        ~Finalizable() => Interlocked.Increment(ref Finalized);
    }
}
