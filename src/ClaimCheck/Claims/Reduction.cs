namespace ClaimCheck.Claims;

/// <summary>
/// How a unit's values over positions (a convolution channel's spatial map, a transformer feature over a sequence)
/// are reduced to one number per input.
/// </summary>
public enum Reduction
{
    /// <summary>The largest value over all positions: "does the feature appear anywhere" (Network Dissection's habit).</summary>
    Max,

    /// <summary>The mean over all positions: "how much of the feature is there".</summary>
    Mean,

    /// <summary>
    /// The value at the last position: for a sequence, the token a window ends at, so a token-level claim judges
    /// (sequence, position) examples by windows that end at the position (for a causal model, what the model saw there).
    /// </summary>
    Last,
}
