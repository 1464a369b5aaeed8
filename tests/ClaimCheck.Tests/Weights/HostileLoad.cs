using ClaimCheck.Diagnostics;
using ClaimCheck.Weights;
using NUnit.Framework;
using TorchSharp;
using static TorchSharp.torch;

namespace ClaimCheck.Tests.Weights;

/// <summary>
/// Loads a weights file that may be hostile and returns the diagnostic, guarding against the two failures a checked
/// loader exists to prevent: a hang (the load must end within a generous bound) and a huge allocation (what the load
/// allocates on the managed heap must stay under <see cref="AllocationBound"/>, whatever sizes the file claims).
/// </summary>
internal static class HostileLoad
{
    /// <summary>A hang guard, not a speed claim: loading a few hundred bytes takes milliseconds even on a busy CI machine.</summary>
    public static readonly TimeSpan HangBound = TimeSpan.FromSeconds(30);

    /// <summary>Far above what a small test file needs, far below the gigabytes a trusted length of 2^40 would ask for.</summary>
    public const long AllocationBound = 16L << 20;

    /// <summary>A model with a weight matrix, a bias, float buffers and an int64 buffer (BatchNorm's counter).</summary>
    public static nn.Module Model() => nn.Sequential(("fc", nn.Linear(3, 2)), ("bn", nn.BatchNorm1d(2)));

    /// <summary>Writes <paramref name="bytes"/> to a temporary file named <c>*{extension}</c>, loads it into a fresh model, and returns the error.</summary>
    public static Diagnostic Fails(byte[] bytes, string extension = ".safetensors", nn.Module? model = null)
    {
        string path = Path.Combine(Path.GetTempPath(), $"claimcheck-weights-{Guid.NewGuid():N}{extension}");
        File.WriteAllBytes(path, bytes);
        try
        {
            return FailsAt(path, model);
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>Loads <paramref name="path"/> into a fresh model (or <paramref name="model"/>) and returns the error.</summary>
    public static Diagnostic FailsAt(string path, nn.Module? model = null)
    {
        model ??= Model();
        long allocated = 0;
        Exception? thrown = null;
        var load = Task.Run(() =>
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            try
            {
                ModelWeights.Load(model, path);
            }
            catch (Exception e)
            {
                thrown = e;
            }

            allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        });

        Assert.That(load.Wait(HangBound), Is.True, $"loading {path} did not end within {HangBound.TotalSeconds} s");
        Assert.That(thrown, Is.InstanceOf<ClaimCheckException>(), $"expected a ClaimCheck diagnostic, got {thrown}");
        Assert.That(allocated, Is.LessThan(AllocationBound), "a hostile file must not make the loader allocate what it claims");
        return ((ClaimCheckException)thrown!).Diagnostic;
    }
}
