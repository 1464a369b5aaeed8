using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ClaimCheck.Analyzers;

/// <summary>
/// CLM0011: <c>[ExpectVerdict]</c> names a diagnostic ID that is not in ClaimCheck's catalog. The run time compares
/// the expected IDs with the produced ones, so such an expectation fails on every run, with a CLM4102 message about a
/// mismatch rather than about the typo.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ExpectVerdictAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Descriptors.UnknownExpectedId];

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (ClaimSymbols.Resolve(start.Compilation) is { ExpectVerdict: not null } symbols)
            {
                start.RegisterSyntaxNodeAction(node => Analyze(node, symbols), SyntaxKind.Attribute);
            }
        });
    }

    private static void Analyze(SyntaxNodeAnalysisContext context, ClaimSymbols symbols)
    {
        var attribute = (AttributeSyntax)context.Node;
        if (AttributeArguments.Constructor(attribute, context.SemanticModel, context.CancellationToken) is not { Parameters.Length: > 0 } constructor
            || !SymbolEqualityComparer.Default.Equals(constructor.ContainingType, symbols.ExpectVerdict)
            || constructor.Parameters[constructor.Parameters.Length - 1] is not { IsParams: true } ids)
        {
            return;
        }

        foreach (ExpressionSyntax expression in AttributeArguments.For(attribute, constructor, ids.Name))
        {
            if (context.SemanticModel.GetConstantValue(expression, context.CancellationToken) is not { HasValue: true } constant)
            {
                continue;
            }

            string id = constant.Value as string ?? "null";
            if (KnownDiagnosticIds.Contains(id))
            {
                continue;
            }

            string hint = KnownDiagnosticIds.NearestTo(id) is { } nearest ? $"; did you mean {nearest}?" : "";
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.UnknownExpectedId, expression.GetLocation(), id, hint));
        }
    }
}
