using ClaimCheck.Claims;
using ClaimCheck.Evidence;
using ClaimCheck.Evidence.Ablation;
using ClaimCheck.Evidence.Edits;
using ClaimCheck.Evidence.HeldOut;
using ClaimCheck.Verdicts;

namespace ClaimCheck;

/// <summary>
/// The fluent API over the same claim model the attributes build, for claims made in code:
/// <code>Claim.That(Subjects.Unit("bottleneck", 2)).Means("stripes").WithHeldOut().Named("MyClaims.Unit2")</code>
/// </summary>
public static class Claim
{
    /// <summary>Starts a claim about <paramref name="subject"/>.</summary>
    public static ClaimBuilder That(Subject subject) => new(subject);
}

/// <summary>Shorthands for subjects.</summary>
public static class Subjects
{
    /// <summary>One unit of a layer.</summary>
    public static UnitSubject Unit(string layer, int unit, Reduction reduction = Reduction.Max) => new(layer, unit, reduction);

    /// <summary>A set of units of a layer.</summary>
    public static UnitSetSubject Units(string layer, params int[] units) => new(layer, units);

    /// <summary>A direction the audit target provides by name.</summary>
    public static DirectionSubject Direction(string layer, string name) => new(layer, name);

    /// <summary>An explicit direction vector.</summary>
    public static DirectionSubject Direction(string layer, string name, IReadOnlyList<float> vector) => new(layer, name, vector);

    /// <summary>A latent of a sparse autoencoder the audit target provides by name.</summary>
    public static LatentSubject Latent(string layer, string autoencoder, int latent, Reduction reduction = Reduction.Max) => new(layer, autoencoder, latent, reduction);
}

/// <summary>Builds a <see cref="ClaimDefinition"/> step by step; every step returns a new builder.</summary>
public sealed record ClaimBuilder
{
    internal ClaimBuilder(Subject subject)
    {
        Subject = subject;
    }

    private Subject Subject { get; init; }

    private string? Concept { get; init; }

    private ClaimKind Kind { get; init; } = ClaimKind.Means;

    // Every kind of evidence demanded so far, by kind name; a kind's own builder method adds its settings.
    private EvidenceMap Demands { get; init; } = EvidenceMap.Empty;

    private ulong Seed { get; init; } = ClaimDefinition.DefaultSeed;

    private ExpectedOutcome? Expected { get; init; }

    /// <summary>The subject means <paramref name="concept"/> (selective and specific).</summary>
    public ClaimBuilder Means(string concept) => this with { Concept = concept, Kind = ClaimKind.Means };

    /// <summary>The subject detects <paramref name="concept"/>.</summary>
    public ClaimBuilder Detects(string concept) => this with { Concept = concept, Kind = ClaimKind.Detects };

    /// <summary>The subject drives <paramref name="concept"/>'s readout (needs <see cref="WithAblation"/>).</summary>
    public ClaimBuilder Drives(string concept) => this with { Concept = concept, Kind = ClaimKind.Drives };

    /// <summary>Demands ablation evidence on <paramref name="readout"/>, optionally with settings changed from the defaults.</summary>
    public ClaimBuilder WithAblation(string readout, AblationKind kind, Func<AblationSettings, AblationSettings>? configure = null)
    {
        var spec = new AblationSettings { Readout = readout, Engine = new AblationEngineSettings { Kind = kind } };
        return WithDemand(AblationEvidenceKind.Key, configure is null ? spec : configure(spec));
    }

    /// <summary>Demands targeted-edit evidence, optionally with settings changed from the defaults.</summary>
    public ClaimBuilder WithEdits(Func<EditSettings, EditSettings>? configure = null) =>
        WithDemand(EditEvidenceKind.Key, configure is null ? EditSettings.Default : configure(EditSettings.Default));

    /// <summary>Demands held-out evidence, optionally with settings changed from the defaults.</summary>
    public ClaimBuilder WithHeldOut(Func<HeldOutSettings, HeldOutSettings>? configure = null) =>
        WithDemand(HeldOutEvidenceKind.Key, configure is null ? new HeldOutSettings() : configure(new HeldOutSettings()));

    /// <summary>Sets the run seed.</summary>
    public ClaimBuilder WithSeed(ulong seed) => this with { Seed = seed };

    /// <summary>Documents the expected verdict and diagnostic IDs.</summary>
    public ClaimBuilder Expecting(Verdict verdict, params string[] diagnosticIds) => this with { Expected = new ExpectedOutcome(verdict, diagnosticIds) };

    /// <summary>The builder with the claim's kind and concept set (a kind of evidence's builder method calls it).</summary>
    internal ClaimBuilder Saying(ClaimKind kind, string concept) => this with { Concept = concept, Kind = kind };

    /// <summary>The builder with <paramref name="settings"/> demanded as evidence of the kind named <paramref name="kind"/>.</summary>
    internal ClaimBuilder WithDemand(string kind, object settings) => this with { Demands = Demands.With(kind, settings) };

    /// <summary>Finishes the claim with its ID (names its snapshot) and, optionally, its text.</summary>
    public ClaimDefinition Named(string id, string? text = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        return new ClaimDefinition
        {
            Id = id,
            Text = text ?? $"{Subject.Describe()} {Kind.ToString().ToLowerInvariant()} {Concept}",
            Subject = Subject,
            Concept = Concept ?? string.Empty,
            Kind = Kind,
            Demands = Demands,
            Seed = Seed,
            Expected = Expected,
        };
    }
}
