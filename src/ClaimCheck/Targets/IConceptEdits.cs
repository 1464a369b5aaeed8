using FsCheck;

namespace ClaimCheck.Targets;

/// <summary>
/// A concept's edit generators: three FsCheck arbitraries, each with an explicit shrinker (smaller edit, simpler
/// base), over base inputs taken from held-out data. A bare <c>Gen</c> would not shrink, and an unshrunk
/// counterexample is a pile of incidental detail.
/// </summary>
/// <typeparam name="TInput">The world's input type.</typeparam>
public interface IConceptEdits<TInput>
{
    /// <summary>The concept's name, as claims refer to it.</summary>
    string Concept { get; }

    /// <summary>Cases whose base lacks the concept and whose edit adds it.</summary>
    Arbitrary<EditCase<TInput>> Add { get; }

    /// <summary>Cases whose base has the concept and whose edit removes it.</summary>
    Arbitrary<EditCase<TInput>> Remove { get; }

    /// <summary>Cases whose edit keeps the concept as it is (present or absent).</summary>
    Arbitrary<EditCase<TInput>> Nuisance { get; }
}
