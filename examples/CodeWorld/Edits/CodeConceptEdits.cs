using ClaimCheck.Diagnostics;
using ClaimCheck.Evidence.Edits;
using ClaimCheck.Targets;
using CodeWorld.Audit;
using FsCheck;

namespace CodeWorld.Edits;

/// <summary>
/// The targeted edits of one code-world concept: text edits of held-out windows that add it at the labelled character,
/// remove it, or keep it (nuisance), each confirmed by lexing the edited window (see <see cref="CodeEditFamilies"/>
/// for the edits, <see cref="CodeBases"/> for which windows they start from, <see cref="CodeEdit"/> for the length
/// rule). Deterministic under FsCheck's seed: the same seed draws the same cases.
/// </summary>
public sealed class CodeConceptEdits : IConceptEdits<CodeWindow>
{
    /// <summary>Creates the edits of <paramref name="concept"/> over <paramref name="windows"/>.</summary>
    /// <param name="concept">The concept.</param>
    /// <param name="windows">The windows cases start from (usually the held-out split's).</param>
    /// <param name="source">The windows' source in words, e.g. the split's name.</param>
    /// <param name="fileLabels">Each window's label from lexing its whole file; windows whose label differs alone are left out. Null keeps every window.</param>
    /// <param name="documents">Each window's document, named in descriptions; or null.</param>
    /// <exception cref="ClaimCheckException">CLM5006 when no kept window has the concept, or none lacks it.</exception>
    public CodeConceptEdits(
        CodeEditConcept concept, IReadOnlyList<CodeWindow> windows, string source = "held-out", IReadOnlyList<bool>? fileLabels = null, IReadOnlyList<string>? documents = null)
    {
        ArgumentNullException.ThrowIfNull(concept);
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        Kind = concept;
        (IReadOnlyList<CodeBase> bases, int leftOut) = CodeBases.Select(concept, windows, source, fileLabels, documents);
        CodeBase[] with = [.. bases.Where(b => b.HasConcept)];
        CodeBase[] without = [.. bases.Where(b => !b.HasConcept)];
        if (with.Length == 0 || without.Length == 0)
        {
            throw new ClaimCheckException(DiagnosticIds.ConceptWithoutContrast,
                $"{source} has {with.Length} windows with '{concept.Name}' and {without.Length} without (lexed alone, agreeing with their files; {leftOut} left out); targeted edits need both to start from");
        }

        BasesWith = with.Length;
        BasesWithout = without.Length;
        BasesLeftOut = leftOut;
        Add = new CodeCases(EditKind.Add, concept, without, source).Arbitrary;
        Remove = new CodeCases(EditKind.Remove, concept, with, source).Arbitrary;
        Nuisance = new CodeCases(EditKind.Nuisance, concept, bases, source).Arbitrary;
    }

    /// <summary>
    /// Creates the edits of <paramref name="concept"/> over the windows of <paramref name="split"/> (examples encoded as
    /// <see cref="CodeWindow.Encode"/> writes them), with <paramref name="fileLabels"/> or, when null, the split's own
    /// labels for the concept, if it ships them.
    /// </summary>
    public CodeConceptEdits(CodeEditConcept concept, DataSplit split, IReadOnlyList<bool>? fileLabels = null)
        : this(concept, Windows(split), split.Name, fileLabels ?? split.Labels.GetValueOrDefault(concept.Name), split.Documents)
    {
    }

    /// <summary>The concept edited.</summary>
    public CodeEditConcept Kind { get; }

    /// <inheritdoc />
    public string Concept => Kind.Name;

    /// <summary>Bases with the concept (remove edits start from them).</summary>
    public int BasesWith { get; }

    /// <summary>Bases without the concept (add edits start from them).</summary>
    public int BasesWithout { get; }

    /// <summary>Windows left out because their label lexed alone differs from their file's.</summary>
    public int BasesLeftOut { get; }

    /// <inheritdoc />
    public Arbitrary<EditCase<CodeWindow>> Add { get; }

    /// <inheritdoc />
    public Arbitrary<EditCase<CodeWindow>> Remove { get; }

    /// <inheritdoc />
    public Arbitrary<EditCase<CodeWindow>> Nuisance { get; }

    private static CodeWindow[] Windows(DataSplit split)
    {
        ArgumentNullException.ThrowIfNull(split);
        if (split.ValuesPerExample != CodeWindow.EncodedLength)
        {
            throw new ClaimCheckException(DiagnosticIds.ModelRejectedInput,
                $"split '{split.Name}' holds examples of {split.ValuesPerExample} values; a code window takes {CodeWindow.EncodedLength}");
        }

        var windows = new CodeWindow[split.Count];
        for (int i = 0; i < split.Count; i++)
        {
            windows[i] = CodeWindow.Decode(split.Example(i));
        }

        return windows;
    }
}
