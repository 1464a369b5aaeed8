using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ClaimCheck.Analyzers;

/// <summary>
/// Subject arguments no model can make valid: an empty layer path or direction name (CLM0015; at run time the
/// subject's constructor would throw before any diagnostic), a negative unit index, an empty unit set or one that
/// names a unit twice (the part of the run-time CLM5002 check that needs no model); for a latent, an empty layer or
/// autoencoder name (CLM0015) and a negative latent index (the model-free part of CLM5041).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SubjectArgumentsAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Descriptors.EmptySubjectName, Descriptors.UnitOutOfRange, Descriptors.LatentOutOfRange];

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (ClaimSymbols.Resolve(start.Compilation) is { } symbols)
            {
                start.RegisterSyntaxNodeAction(node => Analyze(node, symbols), SyntaxKind.Attribute);
            }
        });
    }

    private static void Analyze(SyntaxNodeAnalysisContext context, ClaimSymbols symbols)
    {
        var attribute = (AttributeSyntax)context.Node;
        if (AttributeArguments.Constructor(attribute, context.SemanticModel, context.CancellationToken) is not { } constructor)
        {
            return;
        }

        INamedTypeSymbol type = constructor.ContainingType;
        bool isUnit = SymbolEqualityComparer.Default.Equals(type, symbols.Unit);
        bool isUnits = SymbolEqualityComparer.Default.Equals(type, symbols.Units);
        bool isDirection = SymbolEqualityComparer.Default.Equals(type, symbols.Direction);
        bool isLatent = SymbolEqualityComparer.Default.Equals(type, symbols.Latent);
        if (!isUnit && !isUnits && !isDirection && !isLatent)
        {
            return;
        }

        string attributeName = type.Name.Substring(0, type.Name.Length - "Attribute".Length);
        string? layer = RequireName(context, attribute, constructor, "layer", "layer path", attributeName);
        if (isDirection)
        {
            RequireName(context, attribute, constructor, "name", "direction name", attributeName);
        }
        else if (isLatent)
        {
            RequireName(context, attribute, constructor, "autoencoder", "autoencoder name", attributeName);
            foreach (ExpressionSyntax latent in AttributeArguments.For(attribute, constructor, "latent"))
            {
                RequireLatentIndex(context, latent);
            }
        }
        else if (isUnit)
        {
            foreach (ExpressionSyntax unit in AttributeArguments.For(attribute, constructor, "unit"))
            {
                RequireIndex(context, unit);
            }
        }
        else
        {
            AnalyzeUnitSet(context, attribute, constructor, layer ?? "?");
        }
    }

    private static void AnalyzeUnitSet(SyntaxNodeAnalysisContext context, AttributeSyntax attribute, IMethodSymbol constructor, string layer)
    {
        ImmutableArray<ExpressionSyntax> units = AttributeArguments.For(attribute, constructor, "units");
        if (units.IsEmpty)
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.UnitOutOfRange, attribute.GetLocation(), $"the unit set in '{layer}' is empty"));
            return;
        }

        var values = new List<int>();
        var seen = new HashSet<int>();
        ExpressionSyntax? repeated = null;
        foreach (ExpressionSyntax unit in units)
        {
            if (RequireIndex(context, unit) is { } value)
            {
                values.Add(value);
                if (!seen.Add(value))
                {
                    repeated ??= unit;
                }
            }
        }

        if (repeated is not null && values.Count == units.Length)
        {
            string set = string.Join(", ", values.ConvertAll(v => v.ToString(CultureInfo.InvariantCulture)));
            context.ReportDiagnostic(Diagnostic.Create(
                Descriptors.UnitOutOfRange, repeated.GetLocation(), $"the unit set {{{set}}} in '{layer}' names a unit twice"));
        }
    }

    /// <summary>Reports a negative index; returns the index when it is a known constant.</summary>
    private static int? RequireIndex(SyntaxNodeAnalysisContext context, ExpressionSyntax unit)
    {
        if (context.SemanticModel.GetConstantValue(unit, context.CancellationToken) is not { HasValue: true, Value: int value })
        {
            return null;
        }

        if (value < 0)
        {
            context.ReportDiagnostic(Diagnostic.Create(
                Descriptors.UnitOutOfRange,
                unit.GetLocation(),
                $"unit {value.ToString(CultureInfo.InvariantCulture)} is out of range: unit indices start at 0"));
        }

        return value;
    }

    /// <summary>Reports a negative latent index (CLM5041).</summary>
    private static void RequireLatentIndex(SyntaxNodeAnalysisContext context, ExpressionSyntax latent)
    {
        if (context.SemanticModel.GetConstantValue(latent, context.CancellationToken) is { HasValue: true, Value: int value } && value < 0)
        {
            context.ReportDiagnostic(Diagnostic.Create(
                Descriptors.LatentOutOfRange,
                latent.GetLocation(),
                $"latent {value.ToString(CultureInfo.InvariantCulture)} is out of range: latent indices start at 0"));
        }
    }

    /// <summary>Reports an empty or blank name; returns the name otherwise.</summary>
    private static string? RequireName(
        SyntaxNodeAnalysisContext context, AttributeSyntax attribute, IMethodSymbol constructor, string parameter, string what, string attributeName)
    {
        ImmutableArray<ExpressionSyntax> arguments = AttributeArguments.For(attribute, constructor, parameter);
        if (arguments.Length != 1
            || context.SemanticModel.GetConstantValue(arguments[0], context.CancellationToken) is not { HasValue: true } constant)
        {
            return null;
        }

        if (constant.Value is string name && name.Trim().Length > 0)
        {
            return name;
        }

        context.ReportDiagnostic(Diagnostic.Create(Descriptors.EmptySubjectName, arguments[0].GetLocation(), what, attributeName));
        return null;
    }
}
