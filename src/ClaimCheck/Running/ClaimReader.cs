using System.Reflection;
using ClaimCheck.Claims;
using ClaimCheck.Diagnostics;
using ClaimCheck.Evidence;
using ClaimCheck.Evidence.Edits;
using ClaimCheck.Snapshots;
using ClaimCheck.Targets;
using ClaimCheck.Verdicts;

namespace ClaimCheck.Running;

/// <summary>
/// Reads a claim from the attributes of a method, its class and its assembly. Settings layer assembly → class →
/// method, as NUnit and BenchmarkDotNet configurations do. Declaration mistakes raise the CLM0xxx IDs the analyzers
/// report at compile time.
/// </summary>
public static class ClaimReader
{
    /// <summary>Reads the claim declared by <paramref name="method"/>.</summary>
    public static ClaimDeclaration Read(MethodInfo method)
    {
        ArgumentNullException.ThrowIfNull(method);
        Type type = method.DeclaringType ?? throw new ArgumentException("a claim method needs a declaring type", nameof(method));
        string id = $"{type.Name}.{method.Name}";
        ClaimDeclarationAttribute declaration = method.GetCustomAttribute<ClaimDeclarationAttribute>()
            ?? throw new ClaimCheckException(DiagnosticIds.NotAClaim, $"'{id}' is not marked as a claim ([Claim])");

        var definition = new ClaimDefinition
        {
            Id = id,
            Text = string.IsNullOrWhiteSpace(declaration.Text) ? id : declaration.Text,
            Subject = ReadSubject(method, id),
            Concept = method.GetCustomAttribute<ConceptAttribute>()?.Name
                ?? throw new ClaimCheckException(DiagnosticIds.NoConcept, $"claim '{id}' names no concept; add [Concept(\"...\")]"),
            Kind = ReadKind(method, id),
            Seed = ReadSeed(method, type),
            Expected = method.GetCustomAttribute<ExpectVerdictAttribute>() is { } expect
                ? new ExpectedOutcome(expect.Verdict, expect.DiagnosticIds)
                : null,
        }.WithReplay(method.GetCustomAttribute<ReplayCounterexampleAttribute>()?.Request);
        // Each kind of evidence reads its own attributes.
        definition = EvidenceKinds.All.Aggregate(definition, (claim, kind) => claim with { Demands = claim.Demands.With(kind.Name, kind.Read(method, type)) });

        Type targetType = (type.GetCustomAttribute<AuditTargetAttribute>() ?? type.Assembly.GetCustomAttribute<AuditTargetAttribute>())?.TargetType
            ?? throw new ClaimCheckException(DiagnosticIds.NoAuditTarget, $"claim '{id}' is in a class bound to no audit target; add [AuditTarget(typeof(...))] to the class or assembly");
        if (!typeof(AuditTarget).IsAssignableFrom(targetType) || targetType.IsAbstract || targetType.GetConstructor(Type.EmptyTypes) is null)
        {
            throw new ClaimCheckException(DiagnosticIds.NoAuditTarget, $"'{targetType.Name}' is not a concrete AuditTarget with a parameterless constructor");
        }

        string directory = SourcePathMap.SnapshotFolder(declaration.SourceFile, type.Assembly);
        return new ClaimDeclaration(definition, targetType, directory);
    }

    private static Subject ReadSubject(MethodInfo method, string id)
    {
        var subjects = new List<Subject>();
        subjects.AddRange(method.GetCustomAttributes<UnitAttribute>().Select(u => (Subject)new UnitSubject(u.Layer, u.Unit, u.Reduction)));
        subjects.AddRange(method.GetCustomAttributes<UnitsAttribute>().Select(u => (Subject)new UnitSetSubject(u.Layer, u.Units, u.Reduction)));
        subjects.AddRange(method.GetCustomAttributes<DirectionAttribute>().Select(d => (Subject)new DirectionSubject(d.Layer, d.Name, d.Reduction)));
        subjects.AddRange(method.GetCustomAttributes<LatentAttribute>().Select(l => (Subject)new LatentSubject(l.Layer, l.Autoencoder, l.Latent, l.Reduction)));
        return subjects.Count switch
        {
            0 => throw new ClaimCheckException(DiagnosticIds.NoSubject, $"claim '{id}' names no subject; add [Unit], [Units], [Direction] or [Latent]"),
            1 => subjects[0],
            _ => throw new ClaimCheckException(DiagnosticIds.AmbiguousClaim, $"claim '{id}' names {subjects.Count} subjects; a claim is about one"),
        };
    }

    private static ClaimKind ReadKind(MethodInfo method, string id)
    {
        var kinds = method.GetCustomAttributes<ClaimKindAttribute>().ToArray();
        return kinds.Length switch
        {
            0 => ClaimKind.Means,
            1 => kinds[0].Kind,
            _ => throw new ClaimCheckException(DiagnosticIds.AmbiguousClaim, $"claim '{id}' says both {string.Join(" and ", kinds.Select(k => k.Kind))}; choose one"),
        };
    }

    private static ulong ReadSeed(MethodInfo method, Type type)
    {
        ClaimSeedAttribute? seed = method.GetCustomAttribute<ClaimSeedAttribute>()
            ?? type.GetCustomAttribute<ClaimSeedAttribute>()
            ?? type.Assembly.GetCustomAttribute<ClaimSeedAttribute>();
        return seed is null ? ClaimDefinition.DefaultSeed : unchecked((ulong)seed.Seed);
    }
}
