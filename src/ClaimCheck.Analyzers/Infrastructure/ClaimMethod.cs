using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace ClaimCheck.Analyzers;

/// <summary>
/// The claim attributes of one method, sorted by role, in source order: what <c>ClaimReader</c> reads at run time.
/// </summary>
internal sealed class ClaimMethod
{
    private ClaimMethod(IMethodSymbol method, ClaimSymbols symbols)
    {
        Method = method;
        ImmutableArray<AttributeData>.Builder subjects = ImmutableArray.CreateBuilder<AttributeData>();
        ImmutableArray<AttributeData>.Builder concepts = ImmutableArray.CreateBuilder<AttributeData>();
        ImmutableArray<AttributeData>.Builder kinds = ImmutableArray.CreateBuilder<AttributeData>();
        ImmutableArray<AttributeData>.Builder evidence = ImmutableArray.CreateBuilder<AttributeData>();
        ImmutableArray<AttributeData>.Builder other = ImmutableArray.CreateBuilder<AttributeData>();
        foreach (AttributeData attribute in method.GetAttributes())
        {
            if (Claim is null && symbols.IsClaim(attribute))
            {
                Claim = attribute;
            }
            else if (ClaimSymbols.Is(attribute, symbols.Unit) || ClaimSymbols.Is(attribute, symbols.Units) || ClaimSymbols.Is(attribute, symbols.Direction)
                || ClaimSymbols.Is(attribute, symbols.Latent))
            {
                subjects.Add(attribute);
            }
            else if (ClaimSymbols.Is(attribute, symbols.Concept))
            {
                concepts.Add(attribute);
            }
            else if (ClaimSymbols.DerivesFrom(attribute.AttributeClass, symbols.ClaimKind))
            {
                kinds.Add(attribute);
            }
            else if (ClaimSymbols.Is(attribute, symbols.HeldOut) || ClaimSymbols.Is(attribute, symbols.Ablation) || ClaimSymbols.Is(attribute, symbols.TargetedEdits)
                || ClaimSymbols.Is(attribute, symbols.Steering))
            {
                HasSteering |= ClaimSymbols.Is(attribute, symbols.Steering);
                evidence.Add(attribute);
                HeldOut ??= ClaimSymbols.Is(attribute, symbols.HeldOut) ? attribute : null;
                HasAblation |= ClaimSymbols.Is(attribute, symbols.Ablation);
            }
            else if (ClaimSymbols.Is(attribute, symbols.ExpectVerdict) || ClaimSymbols.Is(attribute, symbols.ClaimSeed))
            {
                other.Add(attribute);
            }
        }

        Subjects = subjects.ToImmutable();
        Concepts = concepts.ToImmutable();
        Kinds = kinds.ToImmutable();
        Evidence = evidence.ToImmutable();
        Other = other.ToImmutable();
        Drives = null;
        Steers = null;
        foreach (AttributeData kind in Kinds)
        {
            Drives ??= ClaimSymbols.Is(kind, symbols.Drives) ? kind : null;
            Steers ??= ClaimSymbols.Is(kind, symbols.Steers) ? kind : null;
        }
    }

    public IMethodSymbol Method { get; }

    /// <summary>The <c>[Claim]</c> attribute, or null when the method is not a claim.</summary>
    public AttributeData? Claim { get; }

    /// <summary><c>[Unit]</c>, <c>[Units]</c>, <c>[Direction]</c> and <c>[Latent]</c>.</summary>
    public ImmutableArray<AttributeData> Subjects { get; }

    public ImmutableArray<AttributeData> Concepts { get; }

    /// <summary><c>[Means]</c>, <c>[Detects]</c>, <c>[Drives]</c>.</summary>
    public ImmutableArray<AttributeData> Kinds { get; }

    /// <summary>Evidence demanded on the method itself: <c>[HeldOut]</c> (and ablation or edits once they exist).</summary>
    public ImmutableArray<AttributeData> Evidence { get; }

    /// <summary><c>[ExpectVerdict]</c> and <c>[ClaimSeed]</c> on the method: meaningful only on a claim.</summary>
    public ImmutableArray<AttributeData> Other { get; }

    public AttributeData? HeldOut { get; }

    public AttributeData? Drives { get; }

    public bool HasAblation { get; }

    /// <summary><c>[Steers]</c>, or null.</summary>
    public AttributeData? Steers { get; }

    /// <summary>Whether the claim demands steering evidence (<c>[Steering]</c>).</summary>
    public bool HasSteering { get; }

    /// <summary>Whether the method carries any attribute that only means something on a claim.</summary>
    public bool HasClaimParts => !Subjects.IsEmpty || !Concepts.IsEmpty || !Kinds.IsEmpty || !Evidence.IsEmpty || !Other.IsEmpty;

    /// <summary>The claim's ID as the run time names it: <c>{Class}.{Method}</c>.</summary>
    public string Id => ClaimNames.Id(Method);

    public static ClaimMethod Read(IMethodSymbol method, ClaimSymbols symbols) => new(method, symbols);
}
