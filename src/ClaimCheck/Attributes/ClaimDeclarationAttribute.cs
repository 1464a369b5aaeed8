namespace ClaimCheck;

/// <summary>
/// Base of the attribute that marks a method as a claim. The test-framework adapter derives from it (the NUnit
/// adapter's <c>[Claim]</c>), so the core can read claims without knowing the framework.
/// </summary>
[AttributeUsage(AttributeTargets.Method, Inherited = false)]
public abstract class ClaimDeclarationAttribute : Attribute
{
    /// <summary>Declares a claim.</summary>
    /// <param name="text">The claim in words.</param>
    /// <param name="sourceFile">Filled in by the compiler: where snapshots are kept (beside the test source).</param>
    protected ClaimDeclarationAttribute(string text, string sourceFile)
    {
        Text = text;
        SourceFile = sourceFile;
    }

    /// <summary>The claim in words.</summary>
    public string Text { get; }

    /// <summary>The source file that declares the claim.</summary>
    public string SourceFile { get; }
}
