namespace ClaimCheck.Evidence.Edits.ReadyMade;

/// <summary>How descriptions name a feature.</summary>
internal static class FeatureWords
{
    /// <summary>"feature 3", or "feature 3 (age)" when it has a name.</summary>
    public static string Of(int feature, string? name) => name is null ? $"feature {feature}" : $"feature {feature} ({name})";
}
