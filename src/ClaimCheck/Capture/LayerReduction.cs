using ClaimCheck.Claims;
using ClaimCheck.Verdicts;
using static TorchSharp.torch;

namespace ClaimCheck.Capture;

/// <summary>
/// Reduces a layer's output [batch, units, ...] to one number per unit and example, the one rule shared by split
/// captures and edit scoring (so an edited input is scored exactly as a held-out example is).
/// </summary>
internal static class LayerReduction
{
    /// <summary>[batch, units] for a [batch, units, ...] output: as is for 2-D, max or mean over positions otherwise.</summary>
    public static Tensor Reduce(Tensor output, Reduction reduction)
    {
        if (output.dim() == 2)
        {
            return output;
        }

        if (output.dim() < 2)
        {
            throw new ClaimCheckException(DiagnosticIds.UnknownLayer, $"a layer's output has shape [{string.Join(", ", output.shape)}]; ClaimCheck needs [batch, units, ...]");
        }

        Tensor flat = output.flatten(2);
        return reduction == Reduction.Max ? flat.amax([2]) : flat.mean([2]);
    }
}
