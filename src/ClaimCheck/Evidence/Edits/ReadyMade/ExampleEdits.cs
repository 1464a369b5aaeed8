using ClaimCheck.Diagnostics;
using ClaimCheck.Targets;
using FsCheck;
using FsCheck.Fluent;

namespace ClaimCheck.Evidence.Edits.ReadyMade;

/// <summary>
/// A concept's edit generators over the examples of a split, as they are (vectors, rows of a table, images): add edits
/// start from examples without the concept, remove edits from examples with it, nuisance edits from any. Each case's
/// edit comes from the generator given for its kind; edits that know their smaller versions
/// (<see cref="IShrinkingEdit{TInput}"/>: every ready-made one) shrink, others stay as drawn. Bases are single
/// examples, which do not shrink (base size 0).
/// </summary>
public sealed class ExampleEdits : IConceptEdits<ExampleInput>
{
    /// <summary>Creates the edits of <paramref name="concept"/> over <paramref name="bases"/>, whose examples <paramref name="present"/> labels.</summary>
    /// <param name="concept">The concept's name.</param>
    /// <param name="bases">The split edit cases start from (usually the first held-out split).</param>
    /// <param name="present">Whether the concept is present in each example of <paramref name="bases"/>.</param>
    /// <param name="add">Edits that add the concept.</param>
    /// <param name="remove">Edits that remove it.</param>
    /// <param name="nuisance">Edits that keep it as it is.</param>
    /// <exception cref="ClaimCheckException">CLM5006 when the split has no example with, or none without, the concept.</exception>
    public ExampleEdits(string concept, DataSplit bases, bool[] present, Gen<IEdit<ExampleInput>> add, Gen<IEdit<ExampleInput>> remove, Gen<IEdit<ExampleInput>> nuisance)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(concept);
        ArgumentNullException.ThrowIfNull(bases);
        ArgumentNullException.ThrowIfNull(present);
        ArgumentNullException.ThrowIfNull(add);
        ArgumentNullException.ThrowIfNull(remove);
        ArgumentNullException.ThrowIfNull(nuisance);
        if (present.Length != bases.Count)
        {
            throw new ArgumentException($"{present.Length} labels for the {bases.Count} examples of split '{bases.Name}'", nameof(present));
        }

        Concept = concept;
        int[] with = [.. Enumerable.Range(0, bases.Count).Where(i => present[i])];
        int[] without = [.. Enumerable.Range(0, bases.Count).Where(i => !present[i])];
        if (with.Length == 0 || without.Length == 0)
        {
            throw new ClaimCheckException(DiagnosticIds.ConceptWithoutContrast,
                $"split '{bases.Name}' has {with.Length} examples with '{concept}' and {without.Length} without; targeted edits need both to start from");
        }

        Add = EditShrinking.Arbitrary(Cases(bases, without, add));
        Remove = EditShrinking.Arbitrary(Cases(bases, with, remove));
        Nuisance = EditShrinking.Arbitrary(Cases(bases, [.. Enumerable.Range(0, bases.Count)], nuisance));
    }

    /// <inheritdoc />
    public string Concept { get; }

    /// <inheritdoc />
    public Arbitrary<EditCase<ExampleInput>> Add { get; }

    /// <inheritdoc />
    public Arbitrary<EditCase<ExampleInput>> Remove { get; }

    /// <inheritdoc />
    public Arbitrary<EditCase<ExampleInput>> Nuisance { get; }

    private static Gen<EditCase<ExampleInput>> Cases(DataSplit bases, int[] indices, Gen<IEdit<ExampleInput>> edits) =>
        from index in Gen.Elements(indices)
        from edit in edits
        select new EditCase<ExampleInput>(new ExampleInput(bases.Example(index).ToArray(), bases.ExampleShape), $"{bases.Name} example {index}", 0, edit);
}
