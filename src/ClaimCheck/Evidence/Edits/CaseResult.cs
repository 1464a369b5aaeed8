using ClaimCheck.Targets;

namespace ClaimCheck.Evidence.Edits;

/// <summary>One evaluated case: the subject before and after the edit, and whether the property held.</summary>
/// <typeparam name="TInput">The world's input type.</typeparam>
/// <param name="Case">The case.</param>
/// <param name="Before">a(x), the subject on the base.</param>
/// <param name="After">a(x'), the subject on the edited input.</param>
/// <param name="Holds">Whether the kind's property held.</param>
public sealed record CaseResult<TInput>(EditCase<TInput> Case, double Before, double After, bool Holds)
{
    /// <summary>a(x') − a(x).</summary>
    public double Change => After - Before;
}
