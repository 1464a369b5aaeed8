using ClaimCheck.Claims;
using ClaimCheck.Evidence.Edits;
using StripesWorld.Edits;
using StripesWorld.Model;
using StripesWorld.Scenes;

namespace StripesWorld.Tests.Edits;

/// <summary>The subjects and edit sets the world tests share.</summary>
internal static class Claims
{
    public static UnitSubject Unit3 { get; } = new(StripesNet.BottleneckPath, GroundTruth.StripesUnit);

    public static DirectionSubject Readout { get; } = new(StripesNet.BottleneckPath, StripesWorldTarget.StripesReadout);

    public static SceneEncoder Encoder { get; } = new();

    public static double Gap(Subject subject, FeatureKind kind) =>
        EditGap.OnSplit(World.Target, subject, kind.ConceptName(), StripesWorldTarget.HeldOutSplit);

    /// <summary>Held-out scenes that hold nothing but (at most) the concept: the clean scenes a "detects" reading is about.</summary>
    public static SceneEdits OnCleanScenes(FeatureKind kind) =>
        new(kind, [.. World.Target.ScenesOf(StripesWorldTarget.HeldOutSplit).Where(s => s.Features.All(f => f.Kind == kind))]);
}
