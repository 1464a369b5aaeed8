namespace ClaimCheck.Evidence.Edits;

/// <summary>The smallest counterexample found for one edit kind, in words and figures, with what replays it.</summary>
public sealed record EditCounterexample
{
    /// <summary>The edit kind whose property it breaks.</summary>
    public required EditKind Kind { get; init; }

    /// <summary>The shrunk case in words, e.g. "adds a triangle (...) in the top-left quarter of an empty scene".</summary>
    public required string Description { get; init; }

    /// <summary>The whole finding in one sentence, e.g. "adds a triangle (...) of an empty scene raises unit 3 of bottleneck by 1.3Δ (at most 0.25Δ allowed)".</summary>
    public required string Summary { get; init; }

    /// <summary>The shrunk case's size.</summary>
    public required int Size { get; init; }

    /// <summary>The size of the first failing case, before shrinking.</summary>
    public required int FirstFailingSize { get; init; }

    /// <summary>The first failing case in words.</summary>
    public required string FirstFailingDescription { get; init; }

    /// <summary>a(x) on the shrunk case's base.</summary>
    public required double Before { get; init; }

    /// <summary>a(x') on the shrunk case's edited input.</summary>
    public required double After { get; init; }

    /// <summary>a(x') − a(x) in units of the held-out gap Δ.</summary>
    public required double ChangeInGaps { get; init; }

    /// <summary>How many shrink candidates were evaluated.</summary>
    public required int ShrinkEvaluations { get; init; }

    /// <summary>What replays the shrunk case exactly.</summary>
    public required EditReplay Replay { get; init; }

    /// <summary>a(x') − a(x).</summary>
    public double Change => After - Before;
}
