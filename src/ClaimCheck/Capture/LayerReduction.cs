using ClaimCheck.Claims;
using ClaimCheck.Diagnostics;
using ClaimCheck.Targets;
using static TorchSharp.torch;

namespace ClaimCheck.Capture;

/// <summary>
/// Reduces a layer's output (its units on the axis its <see cref="LayerLayout"/> says) to one number per unit and example, the one rule shared by split
/// captures and edit scoring (so an edited input is scored exactly as a held-out example is).
/// </summary>
internal static class LayerReduction
{
    /// <summary>
    /// [batch, units] for an output in <paramref name="layout"/>: as is for 2-D, else the units moved to axis 1 and their
    /// positions reduced by max, mean or the last position.
    /// </summary>
    public static Tensor Reduce(Tensor output, Reduction reduction, LayerLayout layout)
    {
        if (output.dim() == 2)
        {
            return output;
        }

        if (output.dim() < 2)
        {
            throw new ClaimCheckException(DiagnosticIds.UnknownLayer, $"a layer's output has shape [{string.Join(", ", output.shape)}]; ClaimCheck needs [batch, units, ...]");
        }

        Tensor flat = layout.ToUnitsFirst(output).flatten(2);
        return reduction switch
        {
            Reduction.Max => flat.amax([2]),
            Reduction.Mean => flat.mean([2]),
            _ => flat.select(2, -1),
        };
    }
}
