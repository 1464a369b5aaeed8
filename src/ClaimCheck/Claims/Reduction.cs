namespace ClaimCheck.Claims;

/// <summary>How a unit's spatial map (e.g. a convolution channel) is reduced to one number per input.</summary>
public enum Reduction
{
    /// <summary>The largest value over all positions: "does the feature appear anywhere" (Network Dissection's habit).</summary>
    Max,

    /// <summary>The mean over all positions: "how much of the feature is there".</summary>
    Mean,
}
