using ClaimCheck.Verdicts;

namespace ClaimCheck.Capture;

/// <summary>
/// The largest activation matrix that fits in memory as one array (an <see cref="ActivationMatrix"/> is one float[]):
/// checked before a capture or a load allocates, so a layer too wide for its data gets CLM5015 instead of an overflow.
/// </summary>
internal static class ActivationMatrixSize
{
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
