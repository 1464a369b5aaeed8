using ClaimCheck.Diagnostics;

namespace ClaimCheck.Evidence;

/// <summary>Turns a settings check that throws at its first problem into a list of diagnostics.</summary>
internal static class Problems
{
    /// <summary>The problem <paramref name="check"/> raises, or none.</summary>
    public static IEnumerable<Diagnostic> Of(Action check)
    {
        try
        {
            check();
        }
        catch (ClaimCheckException e)
        {
            return [e.Diagnostic];
        }

        return [];
    }
}
