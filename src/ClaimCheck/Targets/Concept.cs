using ClaimCheck.Diagnostics;

namespace ClaimCheck.Targets;

/// <summary>
/// What a subject supposedly means: a name, a description, and a labeller that says, per example of a split,
/// whether the concept is present. By default the labeller reads the labels shipped with the split.
/// </summary>
public sealed class Concept
{
    private readonly Func<DataSplit, bool[]>? _labeller;

    /// <summary>Creates a concept labelled by the split's shipped labels of the same name.</summary>
    public Concept(string name, string description)
        : this(name, description, null)
    {
    }

    /// <summary>Creates a concept with its own labeller.</summary>
    public Concept(string name, string description, Func<DataSplit, bool[]>? labeller)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
        Description = description ?? string.Empty;
        _labeller = labeller;
    }

    /// <summary>Creates a concept labelled example by example by <paramref name="isPresent"/>, from each example's values.</summary>
    public static Concept FromExamples(string name, string description, ExampleLabeller isPresent)
    {
        ArgumentNullException.ThrowIfNull(isPresent);
        return new Concept(name, description, split =>
        {
            var labels = new bool[split.Count];
            for (int i = 0; i < labels.Length; i++)
            {
                labels[i] = isPresent(split.Example(i));
            }

            return labels;
        });
    }

    /// <summary>The concept's name, as claims refer to it.</summary>
    public string Name { get; }

    /// <summary>What the concept is, in words.</summary>
    public string Description { get; }

    /// <summary>Whether the concept is present in each example of <paramref name="split"/>.</summary>
    public bool[] Label(DataSplit split)
    {
        ArgumentNullException.ThrowIfNull(split);
        bool[]? labels = _labeller is not null ? _labeller(split) : split.Labels.GetValueOrDefault(Name);
        if (labels is null)
        {
            throw new ClaimCheckException(DiagnosticIds.UnknownConcept,
                $"split '{split.Name}' ships no labels for concept '{Name}' and the concept has no labeller");
        }

        if (labels.Length != split.Count)
        {
            throw new ClaimCheckException(DiagnosticIds.ConceptWithoutContrast,
                $"concept '{Name}' labelled {labels.Length} examples of split '{split.Name}', which has {split.Count}");
        }

        return labels;
    }
}
