namespace ClaimCheck.Targets;

/// <summary>A direction an audit target provides by name (a probe, a concept vector, an SAE decoder row).</summary>
/// <param name="Name">The name claims use.</param>
/// <param name="Layer">The layer whose (reduced) activation space the vector lives in.</param>
/// <param name="Vector">The direction; its norm does not matter.</param>
/// <param name="Provenance">How it was obtained, e.g. "logistic probe fitted on the discovery split".</param>
public sealed record NamedDirection(string Name, string Layer, IReadOnlyList<float> Vector, string Provenance);
