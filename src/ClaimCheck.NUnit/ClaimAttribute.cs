using System.Runtime.CompilerServices;
using NUnit.Framework.Interfaces;
using NUnit.Framework.Internal;
using NUnit.Framework.Internal.Builders;
using NUnit.Framework.Internal.Commands;

namespace ClaimCheck.NUnit;

/// <summary>
/// Marks a method as a claim and makes it an NUnit test. The method body runs first (it may add assertions); then
/// the claim is evaluated and its verdict compared with the expectation and the verified snapshot, which sits beside
/// this source file as <c>{Class}.{Method}.verified.json</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class ClaimAttribute : ClaimDeclarationAttribute, ISimpleTestBuilder, IImplyFixture, IWrapTestMethod
{
    private readonly NUnitTestCaseBuilder _builder = new();

    /// <summary>Declares a claim.</summary>
    /// <param name="text">The claim in words, e.g. "unit 3 of the bottleneck means stripes".</param>
    /// <param name="sourceFile">Filled in by the compiler; do not pass it.</param>
    public ClaimAttribute(string text = "", [CallerFilePath] string sourceFile = "")
        : base(text, sourceFile)
    {
    }

    /// <inheritdoc />
    public TestMethod BuildFrom(IMethodInfo method, Test? suite)
    {
        TestMethod test = _builder.BuildTestMethod(method, suite, null);
        if (!string.IsNullOrWhiteSpace(Text))
        {
            test.Properties.Set(PropertyNames.Description, Text);
        }

        return test;
    }

    /// <inheritdoc />
    public TestCommand Wrap(TestCommand command) => new ClaimCommand(command);
}
