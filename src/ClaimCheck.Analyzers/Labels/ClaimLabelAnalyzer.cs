using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ClaimCheck.Analyzers;

/// <summary>
/// CLM0014: the claim's label (the <c>[Claim]</c> text) says a unit <em>is</em> a concept ("neuron 42 is the stripes
/// neuron", "unit 3 = stripes"), and the method demands no evidence. The label is what reports, dashboards and papers
/// quote; worded as an identity and checked by nothing, it is a guess dressed as a finding.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ClaimLabelAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Descriptors.IdentityLabelWithoutEvidence];

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (ClaimSymbols.Resolve(start.Compilation) is { } symbols)
            {
                start.RegisterSymbolAction(symbol => Analyze(symbol, symbols), SymbolKind.Method);
            }
        });
    }

    private static void Analyze(SymbolAnalysisContext context, ClaimSymbols symbols)
    {
        var method = (IMethodSymbol)context.Symbol;
        ClaimMethod claim = ClaimMethod.Read(method, symbols);
        if (claim.Claim is not { AttributeConstructor: { } constructor } attribute || !claim.Evidence.IsEmpty)
        {
            return;
        }

        int text = TextParameter(constructor);
        if (text < 0 || text >= attribute.ConstructorArguments.Length
            || attribute.ConstructorArguments[text].Value is not string label
            || !IdentityLabel.Matches(label))
        {
            return;
        }

        Location location = attribute.ApplicationSyntaxReference?.GetSyntax(context.CancellationToken) is AttributeSyntax syntax
            && AttributeArguments.For(syntax, constructor, constructor.Parameters[text].Name) is { Length: 1 } written
                ? written[0].GetLocation()
                : Locations.Of(attribute, method, context.CancellationToken);
        context.ReportDiagnostic(Diagnostic.Create(Descriptors.IdentityLabelWithoutEvidence, location, label, claim.Id));
    }

    /// <summary>The claim text's parameter: the one named <c>text</c>, else the first string parameter.</summary>
    private static int TextParameter(IMethodSymbol constructor)
    {
        int firstString = -1;
        for (int i = 0; i < constructor.Parameters.Length; i++)
        {
            IParameterSymbol parameter = constructor.Parameters[i];
            if (string.Equals(parameter.Name, "text", StringComparison.Ordinal))
            {
                return i;
            }

            if (firstString < 0 && parameter.Type.SpecialType == SpecialType.System_String)
            {
                firstString = i;
            }
        }

        return firstString;
    }
}
