using ClaimCheck.Evidence.Edits;
using ClaimCheck.Targets;
using StripesWorld.Scenes;

namespace StripesWorld.Edits;

/// <summary>A scene edit that knows its own smaller versions and which base feature, if any, it depends on.</summary>
public interface ISceneEdit : IEdit<Scene>
{
    /// <summary>Smaller edits of the same kind (each of lower <see cref="IEdit{TInput}.Size"/>), biggest step first.</summary>
    IEnumerable<ISceneEdit> Shrinks();

    /// <summary>The base feature the edit acts on (a move), which base shrinking must leave alone; null for none.</summary>
    FeatureInstance? Touches { get; }
}
