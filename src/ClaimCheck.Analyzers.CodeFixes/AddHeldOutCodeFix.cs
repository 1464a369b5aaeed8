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

/// <summary>CLM0003: adds <c>[HeldOut]</c> (default settings, or the class's and assembly's) to a claim without evidence.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddHeldOutCodeFix)), Shared]
public sealed class AddHeldOutCodeFix : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = [DiagnosticIds.NoEvidence];

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (Diagnostic diagnostic in context.Diagnostics)
        {
            if (root?.FindToken(diagnostic.Location.SourceSpan.Start).Parent?.FirstAncestorOrSelf<MethodDeclarationSyntax>() is { } method)
            {
                context.RegisterCodeFix(
                    CodeAction.Create("Demand held-out evidence ([HeldOut])", ct => AddHeldOut(context.Document, method, ct), nameof(AddHeldOutCodeFix)),
                    diagnostic);
            }
        }
    }

    private static async Task<Document> AddHeldOut(Document document, MethodDeclarationSyntax method, CancellationToken cancellationToken)
    {
        SemanticModel? model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        SyntaxNode? root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (model?.Compilation.GetTypeByMetadataName("ClaimCheck.HeldOutAttribute") is not { } heldOut || root is null)
        {
            return document;
        }

        AttributeSyntax attribute = SyntaxFactory.Attribute(AttributeSyntaxes.Name(model, method.SpanStart, heldOut));
        return document.WithSyntaxRoot(root.ReplaceNode(method, AttributeSyntaxes.AppendToLastList(method, attribute)));
    }
}
