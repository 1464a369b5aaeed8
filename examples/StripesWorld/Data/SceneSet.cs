using ClaimCheck.Targets;
using StripesWorld.Rendering;
using StripesWorld.Scenes;

namespace StripesWorld.Data;

/// <summary>A list of scenes with their images and exact labels, ready to become a <see cref="DataSplit"/>.</summary>
public sealed class SceneSet
{
    /// <summary>Wraps <paramref name="scenes"/> and renders them.</summary>
    public SceneSet(IReadOnlyList<Scene> scenes)
    {
        ArgumentNullException.ThrowIfNull(scenes);
        Scenes = scenes;
        Pixels = SceneRenderer.RenderAll(scenes);
    }

    /// <summary>The scenes, in split order.</summary>
    public IReadOnlyList<Scene> Scenes { get; }

    /// <summary>The rendered images, one after another, 32×32 each.</summary>
    public float[] Pixels { get; }

    /// <summary>Number of scenes.</summary>
    public int Count => Scenes.Count;

    /// <summary>The shape of one example as the network takes it: one channel of 32×32.</summary>
    public static long[] ExampleShape => [1, SceneRenderer.Side, SceneRenderer.Side];

    /// <summary>Whether each scene contains <paramref name="kind"/>.</summary>
    public bool[] Labels(FeatureKind kind) => Scenes.Select(s => s.Contains(kind)).ToArray();

    /// <summary>The exact labels of every kind, by concept name.</summary>
    public Dictionary<string, bool[]> LabelsByConcept() =>
        FeatureKinds.All.ToDictionary(k => k.ConceptName(), Labels, StringComparer.Ordinal);

    /// <summary>The multi-label targets, row-major [Count, 8], 1 where the kind is present.</summary>
    public float[] Targets()
    {
        var targets = new float[Count * FeatureKinds.Count];
        for (int i = 0; i < Count; i++)
        {
            foreach (FeatureInstance feature in Scenes[i].Features)
            {
                targets[(i * FeatureKinds.Count) + (int)feature.Kind] = 1f;
            }
        }

        return targets;
    }

    /// <summary>The set as a ClaimCheck split with its shipped labels.</summary>
    public DataSplit ToSplit(string name, SplitRole role) => new(name, role, Pixels, ExampleShape, LabelsByConcept());
}
