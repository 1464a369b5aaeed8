using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ClaimCheck.Analyzers;

/// <summary>
/// CLM0004, as <c>ClaimReader</c> decides it: a class that declares claims needs <c>[AuditTarget]</c> on itself, a base
/// class or its assembly, and the type it names must be a concrete <c>AuditTarget</c> with a public parameterless
/// constructor (ClaimCheck builds it once per run).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class AuditTargetAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The diagnostic property that tells the code fix the attribute is missing (not wrong).</summary>
    public const string MissingProperty = "MissingAuditTarget";

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Descriptors.NoAuditTarget];

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (ClaimSymbols.Resolve(start.Compilation) is not { AuditTargetAttribute: not null } symbols)
            {
                return;
            }

            bool assemblyIsBound = !ClaimSymbols.OfType(start.Compilation.Assembly, symbols.AuditTargetAttribute).IsEmpty;
            if (!assemblyIsBound)
            {
                start.RegisterSymbolAction(symbol => AnalyzeClass(symbol, symbols), SymbolKind.NamedType);
            }

            start.RegisterSyntaxNodeAction(node => AnalyzeAttribute(node, symbols), SyntaxKind.Attribute);
        });
    }

    /// <summary>Whether <paramref name="type"/> is a target ClaimCheck can build; the run time asks the same.</summary>
    public static bool IsBuildableTarget(ITypeSymbol? type, INamedTypeSymbol auditTarget)
    {
        if (type is not INamedTypeSymbol { TypeKind: TypeKind.Class, IsAbstract: false, IsStatic: false, IsUnboundGenericType: false } named
            || !ClaimSymbols.DerivesFrom(named, auditTarget))
        {
            return false;
        }

        foreach (IMethodSymbol constructor in named.InstanceConstructors)
        {
            if (constructor.Parameters.IsEmpty && constructor.DeclaredAccessibility == Accessibility.Public)
            {
                return true;
            }
        }

        return false;
    }

    private static void AnalyzeClass(SymbolAnalysisContext context, ClaimSymbols symbols)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        if (type.TypeKind != TypeKind.Class || !DeclaresClaims(type, symbols))
        {
            return;
        }

        for (INamedTypeSymbol? current = type; current is not null; current = current.BaseType)
        {
            if (!ClaimSymbols.OfType(current, symbols.AuditTargetAttribute).IsEmpty)
            {
                return;
            }
        }

        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.NoAuditTarget,
            Locations.Of(type),
            ImmutableDictionary<string, string?>.Empty.Add(MissingProperty, "true"),
            $"'{type.Name}' declares claims but is bound to no audit target; add [AuditTarget(typeof(...))] to the class or assembly"));
    }

    private static bool DeclaresClaims(INamedTypeSymbol type, ClaimSymbols symbols)
    {
        foreach (ISymbol member in type.GetMembers())
        {
            if (member is IMethodSymbol method && symbols.ClaimAttributeOf(method) is not null)
            {
                return true;
            }
        }

        return false;
    }

    private static void AnalyzeAttribute(SyntaxNodeAnalysisContext context, ClaimSymbols symbols)
    {
        var attribute = (AttributeSyntax)context.Node;
        if (symbols.AuditTarget is null
            || AttributeArguments.Constructor(attribute, context.SemanticModel, context.CancellationToken) is not { Parameters.Length: 1 } constructor
            || !SymbolEqualityComparer.Default.Equals(constructor.ContainingType, symbols.AuditTargetAttribute)
            || AttributeArguments.For(attribute, constructor, constructor.Parameters[0].Name) is not { Length: 1 } arguments)
        {
            return;
        }

        ExpressionSyntax argument = arguments[0];
        ITypeSymbol? target = argument is TypeOfExpressionSyntax typeOf
            ? context.SemanticModel.GetTypeInfo(typeOf.Type, context.CancellationToken).Type
            : null;
        if (target is { TypeKind: TypeKind.Error } || IsBuildableTarget(target, symbols.AuditTarget))
        {
            return;
        }

        string name = target is null ? argument.ToString() : target.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat);
        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.NoAuditTarget,
            argument.GetLocation(),
            $"'{name}' is not a concrete AuditTarget with a public parameterless constructor"));
    }
}
