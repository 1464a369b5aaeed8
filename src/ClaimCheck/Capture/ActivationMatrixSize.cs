using ClaimCheck.Diagnostics;

namespace ClaimCheck.Capture;

/// <summary>
/// The largest activation matrix that fits in memory as one array (an <see cref="ActivationMatrix"/> is one float[]):
/// checked before a capture or a load allocates, so a layer too wide for its data gets CLM5015 instead of an overflow.
/// </summary>
internal static class ActivationMatrixSize
{
    /// <summary>
    /// Values held in memory at most per layer and split when the activation store on disk is on: 256 Mi floats (1 GiB).
    /// Larger matrices are read from the store's file in place, so two splits of a wide layer and the statistics' working
    /// memory stay within a few GB (a 2,000,000 × 2,048 split would be 16 GB).
    /// </summary>
    public const long InMemoryValues = 1L << 28;

    /// <summary>Throws CLM5015 when <paramref name="rows"/> × <paramref name="units"/> values do not fit in one array.</summary>
    public static void Require(long rows, long units, string what)
    {
        if (rows * units > Array.MaxLength)
        {
            throw new ClaimCheckException(DiagnosticIds.ActivationsTooLarge,
                $"{what} holds {rows:N0} examples × {units:N0} units = {rows * units:N0} values, more than one array holds ({Array.MaxLength:N0}); use fewer examples per split or a narrower layer");
        }
    }
}
