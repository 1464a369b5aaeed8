using ClaimCheck.Capture;
using ClaimCheck.Claims;
using ClaimCheck.Targets;

namespace ClaimCheck.Evidence.Edits;

/// <summary>The held-out gap Δ that scales the edit thresholds.</summary>
public static class EditGap
{
    /// <summary>
    /// Δ = mean(a | concept) − mean(a | no concept) of <paramref name="subject"/> on split <paramref name="splitName"/>
    /// (the same figure as the held-out evidence's mean difference), from the target's shared activation cache.
    /// NaN when a class is empty.
    /// </summary>
    public static double OnSplit(AuditTarget target, Subject subject, string concept, string splitName) =>
        Scale(target, subject, concept, splitName, EditScaleKind.Raw).Gap;

    /// <summary>
    /// The edit scale of <paramref name="kind"/> for <paramref name="subject"/>, built from its scores on split
    /// <paramref name="splitName"/> (the shared activation cache), with Δ on that scale.
    /// </summary>
    public static EditScale Scale(AuditTarget target, Subject subject, string concept, string splitName, EditScaleKind kind)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(subject);
        DataSplit split = target.Split(splitName);
        bool[] labels = target.Concepts[concept].Label(split);
        double[] scores = SubjectScorer.Score(subject, target.Activations.Get(split, subject.Layer, subject.Reduction), target);
        return EditScale.FromHeldOut(kind, scores, labels);
    }
}
