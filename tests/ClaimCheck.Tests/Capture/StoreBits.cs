using System.Runtime.InteropServices;
using ClaimCheck.Capture;
using ClaimCheck.Claims;
using ClaimCheck.Tests.Fixtures;

namespace ClaimCheck.Tests.Capture;

/// <summary>Activations as bits, and the fresh capture every stored entry must equal.</summary>
internal static class StoreBits
{
    /// <summary>The values' bit patterns, row-major (so -0 and +0, or two NaNs, are told apart).</summary>
    public static int[] Of(ActivationMatrix matrix) => MemoryMarshal.Cast<float, int>(matrix.ToArray().AsSpan()).ToArray();

    /// <summary>The held-out activations of "layer" captured by a fresh target with no store on disk.</summary>
    public static int[] FreshCapture(Func<StoreTarget> create)
    {
        using StoreTarget target = create().WithoutDiskStore();
        return Of(target.Activations.Get(target.HeldOut, "layer", Reduction.Max));
    }
}
