using ClaimCheck.Diagnostics;

namespace ClaimCheck.Targets;

/// <summary>
/// Calls into the audit target's edit code (generators, shrinkers, edits, the input encoder) so that an exception
/// there becomes CLM5067, naming what threw, instead of a crash that looks like a ClaimCheck bug. Only the user's
/// calls are wrapped: an exception from ClaimCheck's own code stays what it is.
/// </summary>
internal static class UserEditCode
{
    /// <summary>The result of <paramref name="call"/>; CLM5067 naming <paramref name="what"/> when it throws.</summary>
    public static T Call<T>(Func<T> call, string what)
    {
        try
        {
            return call();
        }
        catch (Exception e) when (IsUsers(e))
        {
            throw Failed(what, e);
        }
    }

    /// <summary>Advances a shrinker's candidates; CLM5067 when the shrinker throws.</summary>
    public static bool MoveNext<T>(IEnumerator<T> candidates, string what)
    {
        try
        {
            return candidates.MoveNext();
        }
        catch (Exception e) when (IsUsers(e))
        {
            throw Failed(what, e);
        }
    }

    /// <summary>The CLM5067 error for <paramref name="what"/> having thrown <paramref name="e"/>.</summary>
    public static ClaimCheckException Failed(string what, Exception e) =>
        new(DiagnosticIds.EditGeneratorFailed, $"{what} threw {e.GetType().Name}: {e.Message}", e);

    /// <summary>Names the concept in a CLM5067 raised below the edit source, which knows it.</summary>
    public static ClaimCheckException ForConcept(ClaimCheckException inner, string concept) =>
        new(DiagnosticIds.EditGeneratorFailed,
            $"the targeted edits of concept '{concept}' failed: {inner.Diagnostic.Message}; fix the audit target's edits (EditsFor), then rerun", inner.InnerException);

    // ClaimCheck errors keep their own IDs; running out of memory is no bug in the user's generator.
    private static bool IsUsers(Exception e) => e is not (ClaimCheckException or OutOfMemoryException);
}
