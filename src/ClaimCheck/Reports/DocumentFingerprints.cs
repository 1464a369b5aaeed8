namespace ClaimCheck.Reports;

/// <summary>What a verdict was measured on: the model's weights and the data splits, as fingerprints.</summary>
/// <param name="Model">The fingerprint of the model's weights, or null when the target could not be built.</param>
/// <param name="Splits">The fingerprints of the data splits, by name, in the order the target gave them.</param>
public sealed record DocumentFingerprints(string? Model, IReadOnlyDictionary<string, string> Splits);
