using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ClaimCheck.Analyzers;

/// <summary>
/// Finds, in an attribute as written, the expressions that give a constructor parameter or a property its value, so
/// a diagnostic can point at the one wrong argument rather than the whole attribute.
/// </summary>
internal static class AttributeArguments
{
    /// <summary>
    /// The expressions passed for <paramref name="parameterName"/>: one for an ordinary parameter; for a
    /// <c>params</c> array each element, whether written out (<c>1, 2</c>) or as an array (<c>new[] { 1, 2 }</c>,
    /// <c>[1, 2]</c>). Empty when the argument is left out (or, for an array, when it is <c>null</c>).
    /// </summary>
    public static ImmutableArray<ExpressionSyntax> For(AttributeSyntax attribute, IMethodSymbol constructor, string parameterName)
    {
        ImmutableArray<ExpressionSyntax>.Builder found = ImmutableArray.CreateBuilder<ExpressionSyntax>();
        if (attribute.ArgumentList is null)
        {
            return found.ToImmutable();
        }

        ImmutableArray<IParameterSymbol> parameters = constructor.Parameters;
        int position = 0;
        foreach (AttributeArgumentSyntax argument in attribute.ArgumentList.Arguments)
        {
            if (argument.NameEquals is not null)
            {
                continue;
            }

            IParameterSymbol? parameter = argument.NameColon is { } nameColon
                ? Find(parameters, nameColon.Name.Identifier.ValueText)
                : position < parameters.Length ? parameters[position] : parameters.Length > 0 && parameters[parameters.Length - 1].IsParams ? parameters[parameters.Length - 1] : null;
            position++;
            if (parameter is null || !string.Equals(parameter.Name, parameterName, StringComparison.Ordinal))
            {
                continue;
            }

            if (parameter.Type is IArrayTypeSymbol && Elements(argument.Expression) is { } elements)
            {
                found.AddRange(elements);
            }
            else if (!(parameter.Type is IArrayTypeSymbol && argument.Expression.IsKind(SyntaxKind.NullLiteralExpression)))
            {
                found.Add(argument.Expression);
            }
        }

        return found.ToImmutable();
    }

    /// <summary>The expression set for property <paramref name="propertyName"/> (<c>Name = value</c>), or null.</summary>
    public static ExpressionSyntax? Property(AttributeSyntax attribute, string propertyName)
    {
        if (attribute.ArgumentList is null)
        {
            return null;
        }

        foreach (AttributeArgumentSyntax argument in attribute.ArgumentList.Arguments)
        {
            if (argument.NameEquals is { } nameEquals && string.Equals(nameEquals.Name.Identifier.ValueText, propertyName, StringComparison.Ordinal))
            {
                return argument.Expression;
            }
        }

        return null;
    }

    /// <summary>The constructor an attribute as written calls, or null when it does not bind.</summary>
    public static IMethodSymbol? Constructor(AttributeSyntax attribute, SemanticModel semanticModel, System.Threading.CancellationToken cancellationToken) =>
        semanticModel.GetSymbolInfo(attribute, cancellationToken).Symbol as IMethodSymbol;

    private static IParameterSymbol? Find(ImmutableArray<IParameterSymbol> parameters, string name)
    {
        foreach (IParameterSymbol parameter in parameters)
        {
            if (string.Equals(parameter.Name, name, StringComparison.Ordinal))
            {
                return parameter;
            }
        }

        return null;
    }

    /// <summary>The elements of an array written as an array creation or a collection expression, else null.</summary>
    private static ImmutableArray<ExpressionSyntax>? Elements(ExpressionSyntax expression)
    {
        switch (expression)
        {
            case ArrayCreationExpressionSyntax { Initializer: { } initializer }:
                return [.. initializer.Expressions];
            case ImplicitArrayCreationExpressionSyntax implicitArray:
                return [.. implicitArray.Initializer.Expressions];
            case CollectionExpressionSyntax collection:
                ImmutableArray<ExpressionSyntax>.Builder elements = ImmutableArray.CreateBuilder<ExpressionSyntax>();
                foreach (CollectionElementSyntax element in collection.Elements)
                {
                    if (element is ExpressionElementSyntax { Expression: { } item })
                    {
                        elements.Add(item);
                    }
                }

                return elements.ToImmutable();
            default:
                return null;
        }
    }
}
