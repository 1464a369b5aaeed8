using ClaimCheck.Evidence.HeldOut;
using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ClaimCheck.Analyzers;

/// <summary>
/// CLM0010: a <c>[HeldOut]</c> setting (on a method, class or assembly) outside the range <c>HeldOutSettings.Validate</c>
/// allows. At run time the merged settings fail with CLM4101 when a claim is evaluated; here each wrong value is shown
/// where it is written, and the code fix clamps it to the nearest valid value.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class HeldOutSettingsAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The diagnostic property with the literal the code fix writes in place of the wrong value.</summary>
    public const string ReplacementProperty = "Replacement";

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Descriptors.HeldOutSettingOutOfRange];

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (ClaimSymbols.Resolve(start.Compilation) is { HeldOut: not null } symbols)
            {
                start.RegisterSyntaxNodeAction(node => Analyze(node, symbols), SyntaxKind.Attribute);
            }
        });
    }

    private static void Analyze(SyntaxNodeAnalysisContext context, ClaimSymbols symbols)
    {
        var attribute = (AttributeSyntax)context.Node;
        if (attribute.ArgumentList is null
            || AttributeArguments.Constructor(attribute, context.SemanticModel, context.CancellationToken) is not { } constructor
            || !SymbolEqualityComparer.Default.Equals(constructor.ContainingType, symbols.HeldOut))
        {
            return;
        }

        foreach (AttributeArgumentSyntax argument in attribute.ArgumentList.Arguments)
        {
            if (argument.NameEquals is not { } nameEquals
                || HeldOutRange.Named(nameEquals.Name.Identifier.ValueText) is not { } range
                || context.SemanticModel.GetConstantValue(argument.Expression, context.CancellationToken) is not { HasValue: true, Value: { } constant }
                || !TryGetNumber(constant, out double value)
                || range.IsUnset(value)
                || range.Contains(value))
            {
                continue;
            }

            context.ReportDiagnostic(Diagnostic.Create(
                Descriptors.HeldOutSettingOutOfRange,
                argument.Expression.GetLocation(),
                ImmutableDictionary<string, string?>.Empty.Add(ReplacementProperty, range.Literal(range.Clamp(value))),
                range.Name,
                HeldOutRange.Show(value),
                range.Description));
        }
    }

    private static bool TryGetNumber(object constant, out double value)
    {
        switch (constant)
        {
            case double d:
                value = d;
                return true;
            case float f:
                value = f;
                return true;
            case IConvertible convertible when constant is int or long or short or sbyte or byte or ushort or uint or char:
                value = convertible.ToDouble(System.Globalization.CultureInfo.InvariantCulture);
                return true;
            default:
                value = 0;
                return false;
        }
    }
}
