using ClaimCheck.Evidence.Edits;
using ClaimCheck.Targets;
using StripesWorld.Scenes;

namespace StripesWorld.Edits;

/// <summary>
/// Base scenes as edit cases see them: their complexity (the sum of their features' complexities; an empty scene is
/// 0) and their simpler versions (a feature dropped, or one feature made plainer).
/// </summary>
public static class SceneBases
{
    /// <summary>The complexity of <paramref name="scene"/>.</summary>
    public static int Complexity(Scene scene)
    {
        ArgumentNullException.ThrowIfNull(scene);
        return scene.Features.Sum(FeatureGrid.Complexity);
    }

    /// <summary>A case over <paramref name="scene"/> with <paramref name="edit"/>.</summary>
    public static EditCase<Scene> Case(Scene scene, ISceneEdit edit) =>
        new(scene, FeatureWords.Describe(scene), Complexity(scene), edit);

    /// <summary>
    /// Simpler bases, drops first (the bigger step): each feature <paramref name="mayDrop"/> allows is dropped, then
    /// each feature <paramref name="maySimplify"/> allows is made plainer.
    /// </summary>
    public static IEnumerable<Scene> Shrinks(Scene scene, Func<FeatureInstance, bool> mayDrop, Func<FeatureInstance, bool> maySimplify)
    {
        ArgumentNullException.ThrowIfNull(scene);
        ArgumentNullException.ThrowIfNull(mayDrop);
        ArgumentNullException.ThrowIfNull(maySimplify);
        for (int i = 0; i < scene.Features.Length; i++)
        {
            if (mayDrop(scene.Features[i]))
            {
                yield return scene.RemoveAt(i);
            }
        }

        for (int i = 0; i < scene.Features.Length; i++)
        {
            if (!maySimplify(scene.Features[i]))
            {
                continue;
            }

            foreach (FeatureInstance plainer in FeatureGrid.Shrinks(scene.Features[i]))
            {
                yield return scene.Replace(i, plainer);
            }
        }
    }
}
