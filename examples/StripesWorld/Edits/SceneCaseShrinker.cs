using ClaimCheck.Evidence.Edits;
using ClaimCheck.Targets;
using StripesWorld.Scenes;

namespace StripesWorld.Edits;

/// <summary>
/// The explicit shrinker of scene edit cases: a simpler base first (a feature dropped: the biggest step), then a
/// smaller edit, then plainer base features. What the base must keep depends on the kind: an Add base must stay
/// without the concept (dropping never adds it), a Remove base must keep its concept instances, and a nuisance base
/// must keep the feature its edit moves.
/// </summary>
internal static class SceneCaseShrinker
{
    /// <summary>The shrinker for cases of <paramref name="kind"/> about <paramref name="concept"/>.</summary>
    public static Func<EditCase<Scene>, IEnumerable<EditCase<Scene>>> For(EditKind kind, FeatureKind concept) =>
        c => Shrink(c, kind, concept);

    private static IEnumerable<EditCase<Scene>> Shrink(EditCase<Scene> c, EditKind kind, FeatureKind concept)
    {
        var edit = (ISceneEdit)c.Edit;
        FeatureInstance? touched = edit.Touches;
        Func<FeatureInstance, bool> mayDrop = kind switch
        {
            EditKind.Remove => f => f.Kind != concept,
            _ => f => f != touched,
        };
        Func<FeatureInstance, bool> maySimplify = f => f != touched;

        foreach (Scene simpler in SceneBases.Shrinks(c.Base, mayDrop, _ => false))
        {
            yield return SceneBases.Case(simpler, edit);
        }

        foreach (ISceneEdit smaller in edit.Shrinks())
        {
            yield return SceneBases.Case(c.Base, smaller);
        }

        foreach (Scene plainer in SceneBases.Shrinks(c.Base, _ => false, maySimplify))
        {
            yield return SceneBases.Case(plainer, edit);
        }
    }
}
