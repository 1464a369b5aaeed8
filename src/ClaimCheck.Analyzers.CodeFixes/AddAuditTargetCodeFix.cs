using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ClaimCheck.Analyzers.CodeFixes;

/// <summary>
/// CLM0004: binds a claim class to the audit target, when there is exactly one the class could name: one concrete
/// <c>AuditTarget</c> with a public parameterless constructor, accessible from the class, in the project or in a
/// referenced assembly that itself references ClaimCheck. With none or several, guessing would bind claims to the wrong
/// model, so no fix is offered.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddAuditTargetCodeFix)), Shared]
public sealed class AddAuditTargetCodeFix : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = [DiagnosticIds.NoAuditTarget];

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        SemanticModel? model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null
            || model.Compilation.GetTypeByMetadataName("ClaimCheck.Targets.AuditTarget") is not { } auditTarget
            || model.Compilation.GetTypeByMetadataName("ClaimCheck.AuditTargetAttribute") is not { } attributeType)
        {
            return;
        }

        foreach (Diagnostic diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.ContainsKey(AuditTargetAnalyzer.MissingProperty)
                || root.FindToken(diagnostic.Location.SourceSpan.Start).Parent?.FirstAncestorOrSelf<ClassDeclarationSyntax>() is not { } declaration
                || model.GetDeclaredSymbol(declaration, context.CancellationToken) is not { } claims
                || Candidates(model.Compilation, auditTarget, claims, context.CancellationToken) is not { Count: 1 } candidates)
            {
                continue;
            }

            INamedTypeSymbol target = candidates[0];
            string targetName = target.ToMinimalDisplayString(model, declaration.SpanStart);
            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Bind to the audit target '{targetName}'",
                    _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(declaration, Bind(model, declaration, attributeType, targetName)))),
                    nameof(AddAuditTargetCodeFix)),
                diagnostic);
        }
    }

    private static ClassDeclarationSyntax Bind(SemanticModel model, ClassDeclarationSyntax declaration, INamedTypeSymbol attributeType, string targetName)
    {
        AttributeSyntax attribute = SyntaxFactory.Attribute(
            AttributeSyntaxes.Name(model, declaration.SpanStart, attributeType),
            SyntaxFactory.AttributeArgumentList(SyntaxFactory.SingletonSeparatedList(
                SyntaxFactory.AttributeArgument(SyntaxFactory.TypeOfExpression(SyntaxFactory.ParseTypeName(targetName))))));
        return (ClassDeclarationSyntax)AttributeSyntaxes.AddList(declaration, SyntaxFactory.AttributeList(SyntaxFactory.SingletonSeparatedList(attribute)));
    }

    /// <summary>The audit targets <paramref name="claims"/> could be bound to.</summary>
    private static List<INamedTypeSymbol> Candidates(Compilation compilation, INamedTypeSymbol auditTarget, INamedTypeSymbol claims, CancellationToken cancellationToken)
    {
        var found = new List<INamedTypeSymbol>();
        var assemblies = new List<IAssemblySymbol> { compilation.Assembly };
        foreach (IAssemblySymbol referenced in compilation.SourceModule.ReferencedAssemblySymbols)
        {
            if (ReferencesClaimCheck(referenced, auditTarget.ContainingAssembly))
            {
                assemblies.Add(referenced);
            }
        }

        foreach (IAssemblySymbol assembly in assemblies)
        {
            Collect(assembly.GlobalNamespace, auditTarget, claims, compilation, found, cancellationToken);
        }

        return found;
    }

    private static bool ReferencesClaimCheck(IAssemblySymbol assembly, IAssemblySymbol claimCheck)
    {
        foreach (IModuleSymbol module in assembly.Modules)
        {
            foreach (IAssemblySymbol reference in module.ReferencedAssemblySymbols)
            {
                if (SymbolEqualityComparer.Default.Equals(reference, claimCheck))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static void Collect(
        INamespaceOrTypeSymbol container, INamedTypeSymbol auditTarget, INamedTypeSymbol claims, Compilation compilation,
        List<INamedTypeSymbol> found, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        foreach (ISymbol member in container.GetMembers())
        {
            if (member is INamespaceSymbol ns)
            {
                Collect(ns, auditTarget, claims, compilation, found, cancellationToken);
            }
            else if (member is INamedTypeSymbol type)
            {
                if (AuditTargetAnalyzer.IsBuildableTarget(type, auditTarget) && compilation.IsSymbolAccessibleWithin(type, claims))
                {
                    found.Add(type);
                }

                Collect(type, auditTarget, claims, compilation, found, cancellationToken);
            }
        }
    }
}
