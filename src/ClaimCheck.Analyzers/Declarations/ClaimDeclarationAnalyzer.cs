using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ClaimCheck.Analyzers;

/// <summary>
/// The checks <c>ClaimReader</c> and <c>ClaimValidation</c> make when a claim runs, made when it compiles, with the
/// same IDs: a subject (CLM0001), a concept (CLM0002), evidence on the method (CLM0003), one subject and one kind
/// (CLM0005), no <c>[Drives]</c> without ablation (CLM0006), and no claim attributes without <c>[Claim]</c> (CLM0007).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ClaimDeclarationAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
    [
        Descriptors.NoSubject, Descriptors.NoConcept, Descriptors.NoEvidence, Descriptors.AmbiguousClaim,
        Descriptors.DrivesNeedsAblation, Descriptors.NotAClaim,
    ];

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (ClaimSymbols.Resolve(start.Compilation) is { } symbols)
            {
                start.RegisterSymbolAction(symbol => Analyze(symbol, symbols), SymbolKind.Method);
            }
        });
    }

    private static void Analyze(SymbolAnalysisContext context, ClaimSymbols symbols)
    {
        var method = (IMethodSymbol)context.Symbol;
        ClaimMethod claim = ClaimMethod.Read(method, symbols);
        if (claim.Claim is null)
        {
            if (claim.HasClaimParts)
            {
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.NotAClaim, Locations.Of(method), claim.Id, Parts(claim)));
            }

            return;
        }

        if (claim.Subjects.IsEmpty)
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.NoSubject, Locations.Of(method), claim.Id));
        }
        else if (claim.Subjects.Length > 1)
        {
            context.ReportDiagnostic(Diagnostic.Create(
                Descriptors.AmbiguousClaim,
                Locations.Of(claim.Subjects[1], method, context.CancellationToken),
                claim.Id,
                $"names {claim.Subjects.Length} subjects; a claim is about one"));
        }

        string? concept = AnalyzeConcept(context, claim);

        if (claim.Kinds.Length > 1)
        {
            var kinds = new List<string>();
            foreach (AttributeData kind in claim.Kinds)
            {
                kinds.Add(ClaimNames.Short(kind));
            }

            context.ReportDiagnostic(Diagnostic.Create(
                Descriptors.AmbiguousClaim,
                Locations.Of(claim.Kinds[1], method, context.CancellationToken),
                claim.Id,
                $"says both {string.Join(" and ", kinds)}; choose one"));
        }

        if (claim.Drives is not null && !claim.HasAblation)
        {
            context.ReportDiagnostic(Diagnostic.Create(
                Descriptors.DrivesNeedsAblation,
                Locations.Of(claim.Drives, method, context.CancellationToken),
                claim.Id,
                concept ?? "(no concept)"));
        }

        // A Drives claim gets CLM0006 instead: held-out evidence would not decide it either (docs/rules/CLM0003.md).
        // A Steers claim is decided by steering evidence alone, so that is the evidence it needs.
        if (claim.Steers is not null ? !claim.HasSteering : claim.HeldOut is null && claim.Drives is null)
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.NoEvidence, Locations.Of(method), claim.Id));
        }
    }

    /// <summary>Reports a missing or empty concept; returns the concept's name when there is one.</summary>
    private static string? AnalyzeConcept(SymbolAnalysisContext context, ClaimMethod claim)
    {
        if (claim.Concepts.IsEmpty)
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.NoConcept, Locations.Of(claim.Method), claim.Id, "names no concept; add [Concept(\"...\")]"));
            return null;
        }

        AttributeData attribute = claim.Concepts[0];
        string? name = attribute.ConstructorArguments.Length == 1 ? attribute.ConstructorArguments[0].Value as string : null;
        if (attribute.ConstructorArguments.Length == 1 && (name is null || name.Trim().Length == 0))
        {
            context.ReportDiagnostic(Diagnostic.Create(
                Descriptors.NoConcept,
                ArgumentLocation(attribute, context) ?? Locations.Of(attribute, claim.Method, context.CancellationToken),
                claim.Id,
                "names an empty concept; name a concept of the audit target's library"));
            return null;
        }

        return name;
    }

    private static Location? ArgumentLocation(AttributeData attribute, SymbolAnalysisContext context) =>
        attribute.ApplicationSyntaxReference?.GetSyntax(context.CancellationToken) is AttributeSyntax syntax
        && attribute.AttributeConstructor is { Parameters.Length: 1 } constructor
        && AttributeArguments.For(syntax, constructor, constructor.Parameters[0].Name) is { Length: 1 } arguments
            ? arguments[0].GetLocation()
            : null;

    /// <summary>"[Unit], [Concept] and [HeldOut]": the claim attributes a method carries without [Claim].</summary>
    private static string Parts(ClaimMethod claim)
    {
        var names = new List<string>();
        foreach (ImmutableArray<AttributeData> group in new[] { claim.Subjects, claim.Concepts, claim.Kinds, claim.Evidence, claim.Other })
        {
            foreach (AttributeData attribute in group)
            {
                string name = "[" + ClaimNames.Short(attribute) + "]";
                if (!names.Contains(name))
                {
                    names.Add(name);
                }
            }
        }

        return Words.List(names);
    }
}
