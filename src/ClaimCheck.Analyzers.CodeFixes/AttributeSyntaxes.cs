using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ClaimCheck.Analyzers.CodeFixes;

/// <summary>Writes attributes the way a person would: by their short name where it binds, in the file's own layout.</summary>
internal static class AttributeSyntaxes
{
    /// <summary>
    /// The name to write <paramref name="attributeType"/> by at <paramref name="position"/>: <c>HeldOut</c> when the
    /// usings in scope make it bind to that type (and nothing else named <c>HeldOut</c> is in scope), else qualified.
    /// </summary>
    public static NameSyntax Name(SemanticModel semanticModel, int position, INamedTypeSymbol attributeType)
    {
        string full = attributeType.Name;
        string shortName = full.EndsWith("Attribute", System.StringComparison.Ordinal) ? full.Substring(0, full.Length - "Attribute".Length) : full;
        ISymbol? asWritten = Bind(semanticModel, position, shortName);
        ISymbol? withSuffix = Bind(semanticModel, position, full);
        if (asWritten is null && SymbolEqualityComparer.Default.Equals(withSuffix, attributeType))
        {
            return SyntaxFactory.IdentifierName(shortName);
        }

        string containing = attributeType.ContainingNamespace.ToDisplayString();
        ISymbol? qualified = Bind(semanticModel, position, containing + "." + full);
        return SyntaxFactory.ParseName(SymbolEqualityComparer.Default.Equals(qualified, attributeType)
            ? containing + "." + shortName
            : "global::" + containing + "." + shortName);
    }

    /// <summary>Appends <paramref name="attribute"/> to the method's last attribute list (<c>[Unit(...), Concept(...)]</c>).</summary>
    public static MethodDeclarationSyntax AppendToLastList(MethodDeclarationSyntax method, AttributeSyntax attribute)
    {
        AttributeListSyntax? last = method.AttributeLists.LastOrDefault(list => list.Target is null);
        if (last is null)
        {
            return (MethodDeclarationSyntax)AddList(method, SyntaxFactory.AttributeList(SyntaxFactory.SingletonSeparatedList(attribute)));
        }

        AttributeListSyntax extended = last.WithAttributes(last.Attributes.Add(attribute));
        return method.ReplaceNode(last, extended);
    }

    /// <summary>
    /// Puts <paramref name="list"/> on its own line after the declaration's attribute lists, indented like them;
    /// or, when there are none, before the declaration, which keeps its comments above the new line.
    /// </summary>
    public static MemberDeclarationSyntax AddList(MemberDeclarationSyntax declaration, AttributeListSyntax list)
    {
        SyntaxTriviaList leading = declaration.GetLeadingTrivia();
        SyntaxTrivia indentation = leading.Count > 0 && leading[leading.Count - 1].IsKind(SyntaxKind.WhitespaceTrivia)
            ? leading[leading.Count - 1]
            : SyntaxFactory.Whitespace("");
        SyntaxTrivia newLine = EndOfLine(declaration);

        if (declaration.AttributeLists.Count > 0)
        {
            AttributeListSyntax placed = list.WithLeadingTrivia(indentation).WithTrailingTrivia(newLine);
            return declaration.WithAttributeLists(declaration.AttributeLists.Add(placed));
        }

        // The declaration's comments and indentation move onto the new first line; the declaration keeps its indentation.
        MemberDeclarationSyntax bare = declaration.WithLeadingTrivia(indentation);
        AttributeListSyntax first = list.WithLeadingTrivia(leading).WithTrailingTrivia(newLine);
        return bare.WithAttributeLists(bare.AttributeLists.Add(first));
    }

    private static ISymbol? Bind(SemanticModel semanticModel, int position, string name) =>
        semanticModel.GetSpeculativeSymbolInfo(position, SyntaxFactory.ParseName(name), SpeculativeBindingOption.BindAsTypeOrNamespace).Symbol;

    /// <summary>The file's line ending ("\r\n" when it uses them, else "\n").</summary>
    private static SyntaxTrivia EndOfLine(SyntaxNode node)
    {
        SyntaxTrivia found = node.SyntaxTree.GetRoot().DescendantTrivia().FirstOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia));
        return found.IsKind(SyntaxKind.EndOfLineTrivia) ? found : SyntaxFactory.LineFeed;
    }
}
