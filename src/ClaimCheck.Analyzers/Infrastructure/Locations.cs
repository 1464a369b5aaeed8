using System.Threading;
using Microsoft.CodeAnalysis;

namespace ClaimCheck.Analyzers;

/// <summary>Where to put a diagnostic about a symbol or one of its attributes.</summary>
internal static class Locations
{
    /// <summary>The symbol's name in its first declaration.</summary>
    public static Location Of(ISymbol symbol) => symbol.Locations.Length > 0 ? symbol.Locations[0] : Location.None;

    /// <summary>The attribute as written (<c>Drives</c> in <c>[Unit(...), Drives]</c>), else <paramref name="fallback"/>'s name.</summary>
    public static Location Of(AttributeData attribute, ISymbol fallback, CancellationToken cancellationToken) =>
        attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken).GetLocation() ?? Of(fallback);
}
