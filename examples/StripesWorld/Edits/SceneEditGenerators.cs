using ClaimCheck.Evidence.Edits;
using ClaimCheck.Targets;
using FsCheck;
using FsCheck.Fluent;
using StripesWorld.Scenes;

namespace StripesWorld.Edits;

/// <summary>
/// FsCheck generators of scene edit cases. Bases are drawn from a pool of held-out scenes; features are drawn on
/// <see cref="FeatureGrid"/> and placed at the centre of a free quarter, so an added feature does not cover another.
/// </summary>
internal static class SceneEditGenerators
{
    /// <summary>Cases that add <paramref name="concept"/> to a base without it.</summary>
    public static Gen<EditCase<Scene>> Add(FeatureKind concept, IReadOnlyList<Scene> withoutConcept) =>
        from scene in Base(withoutConcept)
        from feature in Placed(concept, scene)
        select SceneBases.Case(scene, new AddFeatureEdit(feature));

    /// <summary>Cases that remove <paramref name="concept"/> from a base with it.</summary>
    public static Gen<EditCase<Scene>> Remove(FeatureKind concept, IReadOnlyList<Scene> withConcept) =>
        from scene in Base(withConcept)
        select SceneBases.Case(scene, new RemoveFeatureEdit(concept));

    /// <summary>
    /// Nuisance cases over any base: a shift, a brightness change, more noise, another kind added, or another kind's
    /// instance moved. The FsCheck size bounds the magnitudes (shifts and moves of 2 px only from size 50 on).
    /// </summary>
    public static Gen<EditCase<Scene>> Nuisance(FeatureKind concept, IReadOnlyList<Scene> all) =>
        from scene in Base(all)
        from edit in Gen.Sized(size => NuisanceEdit(concept, scene, size))
        select SceneBases.Case(scene, edit);

    private static Gen<ISceneEdit> NuisanceEdit(FeatureKind concept, Scene scene, int size)
    {
        int reach = size < 50 ? 1 : 2;
        FeatureKind[] others = [.. FeatureKinds.All.Where(k => k != concept)];
        FeatureInstance[] movable = [.. scene.Features.Where(f => f.Kind != concept)];
        var edits = new List<Gen<ISceneEdit>>
        {
            Offset(reach).Select(d => (ISceneEdit)new ShiftEdit(d.Dx, d.Dy)),
            Gen.Choose(1, 2 * reach).SelectMany(s => Gen.Elements(s, -s)).Select(s => (ISceneEdit)new BrightnessEdit(s)),
            Gen.Choose(1, 1 + reach).Select(s => (ISceneEdit)new NoiseEdit(s)),
            Gen.Elements(others).SelectMany(kind => Placed(kind, scene)).Select(f => (ISceneEdit)new AddFeatureEdit(f)),
        };
        if (movable.Length > 0)
        {
            edits.Add(
                from target in Gen.Elements(movable)
                from d in Offset(reach + 1)
                select (ISceneEdit)new MoveFeatureEdit(target, d.Dx, d.Dy));
        }

        return Gen.OneOf(edits);
    }

    private static Gen<Scene> Base(IReadOnlyList<Scene> pool)
    {
        if (pool.Count == 0)
        {
            throw new ArgumentException("the base pool is empty: the split has no scene this edit kind can start from", nameof(pool));
        }

        return Gen.Choose(0, pool.Count - 1).Select(i => pool[i]);
    }

    /// <summary>A non-zero whole-pixel offset with each axis in [−reach, reach].</summary>
    private static Gen<(int Dx, int Dy)> Offset(int reach) =>
        (from dx in Gen.Choose(-reach, reach)
         from dy in Gen.Choose(-reach, reach)
         select (dx, dy)).Where(d => d != (0, 0));

    /// <summary>An instance of <paramref name="kind"/> on the grid, at the centre of a quarter that <paramref name="scene"/> leaves free.</summary>
    private static Gen<FeatureInstance> Placed(FeatureKind kind, Scene scene)
    {
        IReadOnlyList<double> periods = FeatureGrid.Periods(kind);
        int angleSteps = !FeatureGrid.UsesAngle(kind) ? 1 : kind == FeatureKind.Stripes ? 12 : 24;
        Gen<double> periodGen = periods.Count == 0 ? Gen.Constant(0.0) : Gen.Elements(periods.ToArray());
        return from quarter in Gen.Elements(Quarters.Free(scene, FeatureGrid.MaxRadius).ToArray())
               from radius in Gen.Choose(FeatureGrid.MinRadius, FeatureGrid.MaxRadius)
               from tenths in Gen.Choose(FeatureGrid.MinContrastTenths, FeatureGrid.MaxContrastTenths)
               from angle in Gen.Choose(0, angleSteps - 1)
               from period in periodGen
               from high in Gen.Choose(int.MinValue, int.MaxValue)
               from low in Gen.Choose(int.MinValue, int.MaxValue)
               let centre = Quarters.Centre(quarter)
               select new FeatureInstance(
                   kind, centre.X, centre.Y, radius, angle * FeatureGrid.AngleStep, period == 0 ? 0 : 1 / period, tenths / 10.0,
                   ((ulong)(uint)high << 32) | (uint)low);
    }
}
