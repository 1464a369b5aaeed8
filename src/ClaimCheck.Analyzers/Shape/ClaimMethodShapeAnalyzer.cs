using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ClaimCheck.Analyzers;

/// <summary>
/// CLM0013: a claim method NUnit cannot run as a test, so the claim never gets a verdict (NUnit reports it as not
/// runnable, or as a failure before the claim is read). NUnit runs public, non-generic, non-abstract methods without
/// parameters that return void, <c>Task</c> or <c>ValueTask</c>; static methods run too, so they are not reported.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ClaimMethodShapeAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Descriptors.ClaimCannotRun];

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
        if (symbols.ClaimAttributeOf(method) is null)
        {
            return;
        }

        var reasons = new List<string>();
        if (method.DeclaredAccessibility != Accessibility.Public)
        {
            reasons.Add("it is not public");
        }

        if (method.IsAbstract)
        {
            reasons.Add("it is abstract");
        }

        if (method.IsGenericMethod)
        {
            reasons.Add("it is generic, and NUnit cannot infer its type arguments");
        }

        if (!method.Parameters.IsEmpty)
        {
            reasons.Add("it has parameters, and NUnit has no arguments to pass");
        }

        if (method.ReturnsVoid && method.IsAsync)
        {
            reasons.Add("it is async void; return Task");
        }
        else if (!method.ReturnsVoid
            && !SymbolEqualityComparer.Default.Equals(method.ReturnType, symbols.Task)
            && !SymbolEqualityComparer.Default.Equals(method.ReturnType, symbols.ValueTask))
        {
            reasons.Add($"it returns {method.ReturnType.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat)}; return void, Task or ValueTask");
        }

        if (reasons.Count > 0)
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.ClaimCannotRun, Locations.Of(method), ClaimNames.Id(method), string.Join("; ", reasons)));
        }
    }
}
