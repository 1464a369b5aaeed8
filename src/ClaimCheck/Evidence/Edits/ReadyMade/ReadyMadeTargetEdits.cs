using ClaimCheck.Targets;
using FsCheck;

namespace ClaimCheck.Evidence.Edits.ReadyMade;

/// <summary>
/// The builder step that gives a concept ready-made edits of a target's own examples. The builder is declared with the
/// target, below the ready-made edits, so they give it this step.
/// </summary>
public static class ReadyMadeTargetEdits
{
    /// <summary>
    /// Gives <paramref name="concept"/> targeted edits of the examples as they are (<see cref="ExampleEdits"/>) over
    /// the first held-out split: <paramref name="add"/> on examples without the concept, <paramref name="remove"/> on
    /// examples with it, <paramref name="nuisance"/> on any. The ready-made generators (<see cref="FeatureEdits"/>,
    /// <see cref="PixelEdits"/>) make them, e.g. <c>builder.WithEdits("smoker", FeatureEdits.Set(3, 1f), FeatureEdits.Set(3, 0f),
    /// FeatureEdits.Nudge([5, 6], 0.1f, 3))</c>.
    /// </summary>
    /// <param name="builder">The target's builder.</param>
    /// <param name="concept">The concept the edits add and remove.</param>
    /// <param name="add">Edits that add the concept.</param>
    /// <param name="remove">Edits that remove it.</param>
    /// <param name="nuisance">Edits that must leave it alone.</param>
    public static AuditTargetBuilder WithEdits(this AuditTargetBuilder builder, string concept, Gen<IEdit<ExampleInput>> add, Gen<IEdit<ExampleInput>> remove, Gen<IEdit<ExampleInput>> nuisance)
    {
        ArgumentNullException.ThrowIfNull(add);
        ArgumentNullException.ThrowIfNull(remove);
        ArgumentNullException.ThrowIfNull(nuisance);
        ArgumentNullException.ThrowIfNull(builder);
        return builder.WithEdits(concept, target =>
        {
            DataSplit bases = target.HeldOutSplits[0];
            bool[] present = target.Concepts[concept].Label(bases);
            return ConceptEditSource.Create(new ExampleEdits(concept, bases, present, add, remove, nuisance), new ExampleEncoder(bases.ExampleShape));
        });
    }
}
