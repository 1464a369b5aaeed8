using ClaimCheck.Evidence.Edits;
using ClaimCheck.Targets;
using FsCheck;
using FsCheck.Fluent;
using StripesWorld.Scenes;

namespace StripesWorld.Edits;

/// <summary>
/// The edit generators of one stripes-world concept (any feature kind), over base scenes from a split (by default
/// the held-out split): add the feature to scenes without it, remove it from scenes with it, and nuisance edits
/// (a shift of at most 2 px, brightness, mild noise, adding or moving a feature of another kind) that keep it as it is.
/// </summary>
/// <example>
/// <code>
/// using var world = new StripesWorldTarget();
/// var edits = SceneEdits.For(world, FeatureKind.Stripes);
/// var subject = new UnitSubject(StripesNet.BottleneckPath, GroundTruth.StripesUnit);
/// double gap = EditGap.OnSplit(world, subject, "stripes", StripesWorldTarget.HeldOutSplit);
/// EditResult&lt;Scene&gt; result = EditCheck.Measure(world, subject, edits, new SceneEncoder(), gap);
/// </code>
/// </example>
public sealed class SceneEdits : IConceptEdits<Scene>
{
    /// <summary>Creates the edits of <paramref name="concept"/> over <paramref name="bases"/>.</summary>
    public SceneEdits(FeatureKind concept, IReadOnlyList<Scene> bases)
    {
        ArgumentNullException.ThrowIfNull(bases);
        Kind = concept;
        Scene[] without = [.. bases.Where(s => !s.Contains(concept))];
        Scene[] with = [.. bases.Where(s => s.Contains(concept))];
        Add = Arb.From(SceneEditGenerators.Add(concept, without), SceneCaseShrinker.For(EditKind.Add, concept));
        Remove = Arb.From(SceneEditGenerators.Remove(concept, with), SceneCaseShrinker.For(EditKind.Remove, concept));
        Nuisance = Arb.From(SceneEditGenerators.Nuisance(concept, [.. bases]), SceneCaseShrinker.For(EditKind.Nuisance, concept));
    }

    /// <summary>The edits of <paramref name="concept"/> over the scenes of <paramref name="split"/> of <paramref name="world"/>.</summary>
    public static SceneEdits For(StripesWorldTarget world, FeatureKind concept, string split = StripesWorldTarget.HeldOutSplit)
    {
        ArgumentNullException.ThrowIfNull(world);
        return new SceneEdits(concept, world.ScenesOf(split));
    }

    /// <summary>The feature kind edited.</summary>
    public FeatureKind Kind { get; }

    /// <inheritdoc />
    public string Concept => Kind.ConceptName();

    /// <inheritdoc />
    public Arbitrary<EditCase<Scene>> Add { get; }

    /// <inheritdoc />
    public Arbitrary<EditCase<Scene>> Remove { get; }

    /// <inheritdoc />
    public Arbitrary<EditCase<Scene>> Nuisance { get; }
}
