using ClaimCheck.Diagnostics;
using ClaimCheck.Verdicts;

namespace ClaimCheck;

/// <summary>
/// States the verdict and the (warning and error) diagnostic IDs a claim is documented to produce; the test fails
/// when the actual ones differ. Use it to keep a known-brittle label in the suite as a test.
/// </summary>
[AttributeUsage(AttributeTargets.Method, Inherited = false)]
public sealed class ExpectVerdictAttribute : Attribute
{
    /// <summary>Expects <paramref name="verdict"/> with exactly <paramref name="diagnosticIds"/>.</summary>
    public ExpectVerdictAttribute(Verdict verdict, params string[] diagnosticIds)
    {
        Verdict = verdict;
        DiagnosticIds = diagnosticIds;
    }

    /// <summary>The expected verdict.</summary>
    public Verdict Verdict { get; }

    /// <summary>The expected diagnostic IDs.</summary>
    public IReadOnlyList<string> DiagnosticIds { get; }
}
