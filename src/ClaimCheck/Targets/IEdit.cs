namespace ClaimCheck.Targets;

/// <summary>
/// One edit of a world's input: a value (give it value equality, e.g. a record, so replay can be checked bit for
/// bit) that applies itself, has a size that shrinking lowers, and says in words what it does.
/// </summary>
/// <typeparam name="TInput">The world's input type, e.g. a scene.</typeparam>
public interface IEdit<TInput>
{
    /// <summary>How big the edit is, ≥ 1 for a real change; a shrink step must lower it.</summary>
    int Size { get; }

    /// <summary>The edited input; pure, so replaying an edit gives the same input.</summary>
    TInput Apply(TInput input);

    /// <summary>The edit in words, e.g. "adds stripes (vertical, period 4, contrast 0.6) in the top-left quarter".</summary>
    string Describe();
}
