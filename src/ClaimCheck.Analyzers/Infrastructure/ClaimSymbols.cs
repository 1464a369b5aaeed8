using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace ClaimCheck.Analyzers;

/// <summary>
/// The ClaimCheck types a compilation can see, resolved once per compilation by metadata name (the analyzers cannot
/// reference the core). <see cref="Resolve"/> returns null for a compilation that does not reference ClaimCheck, so
/// the analyzers cost nothing there.
/// </summary>
internal sealed class ClaimSymbols
{
    private ClaimSymbols(Compilation compilation, INamedTypeSymbol claimDeclaration)
    {
        ClaimDeclaration = claimDeclaration;
        Unit = compilation.GetTypeByMetadataName("ClaimCheck.UnitAttribute");
        Units = compilation.GetTypeByMetadataName("ClaimCheck.UnitsAttribute");
        Direction = compilation.GetTypeByMetadataName("ClaimCheck.DirectionAttribute");
        Latent = compilation.GetTypeByMetadataName("ClaimCheck.LatentAttribute");
        Concept = compilation.GetTypeByMetadataName("ClaimCheck.ConceptAttribute");
        ClaimKind = compilation.GetTypeByMetadataName("ClaimCheck.ClaimKindAttribute");
        Drives = compilation.GetTypeByMetadataName("ClaimCheck.DrivesAttribute");
        Steers = compilation.GetTypeByMetadataName("ClaimCheck.SteersAttribute");
        Steering = compilation.GetTypeByMetadataName("ClaimCheck.SteeringAttribute");
        HeldOut = compilation.GetTypeByMetadataName("ClaimCheck.HeldOutAttribute");
        ExpectVerdict = compilation.GetTypeByMetadataName("ClaimCheck.ExpectVerdictAttribute");
        ClaimSeed = compilation.GetTypeByMetadataName("ClaimCheck.ClaimSeedAttribute");
        AuditTargetAttribute = compilation.GetTypeByMetadataName("ClaimCheck.AuditTargetAttribute");
        AuditTarget = compilation.GetTypeByMetadataName("ClaimCheck.Targets.AuditTarget");

        // Evidence kinds may be added later; while a kind does not exist its symbol is null and nothing can carry it.
        Ablation = compilation.GetTypeByMetadataName("ClaimCheck.AblationAttribute");
        TargetedEdits = compilation.GetTypeByMetadataName("ClaimCheck.TargetedEditsAttribute");

        Task = compilation.GetTypeByMetadataName("System.Threading.Tasks.Task");
        ValueTask = compilation.GetTypeByMetadataName("System.Threading.Tasks.ValueTask");
    }

    public INamedTypeSymbol ClaimDeclaration { get; }

    public INamedTypeSymbol? Unit { get; }

    public INamedTypeSymbol? Units { get; }

    public INamedTypeSymbol? Direction { get; }

    public INamedTypeSymbol? Latent { get; }

    public INamedTypeSymbol? Concept { get; }

    public INamedTypeSymbol? ClaimKind { get; }

    public INamedTypeSymbol? Drives { get; }

    public INamedTypeSymbol? Steers { get; }

    public INamedTypeSymbol? Steering { get; }

    public INamedTypeSymbol? HeldOut { get; }

    public INamedTypeSymbol? ExpectVerdict { get; }

    public INamedTypeSymbol? ClaimSeed { get; }

    public INamedTypeSymbol? AuditTargetAttribute { get; }

    public INamedTypeSymbol? AuditTarget { get; }

    public INamedTypeSymbol? Ablation { get; }

    public INamedTypeSymbol? TargetedEdits { get; }

    public INamedTypeSymbol? Task { get; }

    public INamedTypeSymbol? ValueTask { get; }

    public static ClaimSymbols? Resolve(Compilation compilation) =>
        compilation.GetTypeByMetadataName("ClaimCheck.ClaimDeclarationAttribute") is { } claim ? new ClaimSymbols(compilation, claim) : null;

    /// <summary>Whether <paramref name="attribute"/> marks a claim (<c>[Claim]</c> or another adapter's attribute).</summary>
    public bool IsClaim(AttributeData attribute) => DerivesFrom(attribute.AttributeClass, ClaimDeclaration);

    /// <summary>The claim attribute of <paramref name="method"/>, or null when it is not a claim.</summary>
    public AttributeData? ClaimAttributeOf(IMethodSymbol method)
    {
        foreach (AttributeData attribute in method.GetAttributes())
        {
            if (IsClaim(attribute))
            {
                return attribute;
            }
        }

        return null;
    }

    /// <summary>Whether <paramref name="attribute"/> is of type <paramref name="type"/> (never when the type is unknown).</summary>
    public static bool Is(AttributeData attribute, INamedTypeSymbol? type) =>
        type is not null && SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, type);

    /// <summary>Whether <paramref name="type"/> is <paramref name="ancestor"/> or derives from it.</summary>
    public static bool DerivesFrom(ITypeSymbol? type, INamedTypeSymbol? ancestor)
    {
        if (ancestor is null)
        {
            return false;
        }

        for (ITypeSymbol? current = type; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current, ancestor))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The attributes of <paramref name="symbol"/> whose type is <paramref name="type"/>, in source order.</summary>
    public static ImmutableArray<AttributeData> OfType(ISymbol symbol, INamedTypeSymbol? type)
    {
        ImmutableArray<AttributeData>.Builder found = ImmutableArray.CreateBuilder<AttributeData>();
        foreach (AttributeData attribute in symbol.GetAttributes())
        {
            if (Is(attribute, type))
            {
                found.Add(attribute);
            }
        }

        return found.ToImmutable();
    }
}
