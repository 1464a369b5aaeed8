using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ClaimCheck.Analyzers.CodeFixes;

/// <summary>CLM0010: replaces an out-of-range <c>[HeldOut]</c> setting with the nearest valid value.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ClampHeldOutSettingCodeFix)), Shared]
public sealed class ClampHeldOutSettingCodeFix : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = [DiagnosticIds.HeldOutSettingOutOfRange];

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (Diagnostic diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(HeldOutSettingsAnalyzer.ReplacementProperty, out string? replacement)
                || replacement is null
                || root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax value
                || value.Parent is not AttributeArgumentSyntax { NameEquals: { } nameEquals })
            {
                continue;
            }

            string setting = nameEquals.Name.Identifier.ValueText;
            ExpressionSyntax clamped = SyntaxFactory.ParseExpression(replacement).WithTriviaFrom(value);
            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Set {setting} to {replacement}, the nearest valid value",
                    _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(value, clamped))),
                    nameof(ClampHeldOutSettingCodeFix) + "." + setting),
                diagnostic);
        }
    }
}
