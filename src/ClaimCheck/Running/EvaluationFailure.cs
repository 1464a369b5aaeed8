using ClaimCheck.Claims;
using ClaimCheck.Diagnostics;

namespace ClaimCheck.Running;

/// <summary>
/// Turns an exception no rule describes into CLM5014 on the claim whose evaluation threw it, so that it becomes that
/// claim's Inconclusive verdict instead of a crash that takes the other claims of its family down.
/// </summary>
internal static class EvaluationFailure
{
    /// <summary>
    /// Whether the runner keeps <paramref name="e"/> on the claim: every exception but running out of memory, which is
    /// no fault of one claim (and stack overflows cannot be caught at all).
    /// </summary>
    public static bool IsClaims(Exception e) => e is not OutOfMemoryException;

    /// <summary>CLM5014 for <paramref name="claim"/>, naming the exception's type, the method that threw it and its message.</summary>
    public static Diagnostic Of(ClaimDefinition claim, Exception e)
    {
        Exception cause = Unwrap(e);
        System.Reflection.MethodBase? thrower = cause.TargetSite;
        string where = thrower is null ? string.Empty : $" in {thrower.DeclaringType?.Name ?? "?"}.{thrower.Name}";
        return new Diagnostic(DiagnosticIds.EvaluationThrew, Severity.Error,
            $"evaluating claim '{claim.Id}' threw {cause.GetType().Name}{where}: {cause.Message}");
    }

    // Reflection and tasks wrap the exception that says what went wrong; report that one.
    private static Exception Unwrap(Exception e) => e switch
    {
        System.Reflection.TargetInvocationException { InnerException: { } inner } => Unwrap(inner),
        AggregateException { InnerExceptions.Count: 1 } aggregate => Unwrap(aggregate.InnerExceptions[0]),
        _ => e,
    };
}
