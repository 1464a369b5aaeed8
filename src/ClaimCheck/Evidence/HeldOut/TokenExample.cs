namespace ClaimCheck.Evidence.HeldOut;

/// <summary>
/// One example of a sequence split shown token by token with the subject's score at every position, the picture people
/// expect of a token-level claim (the target gives the tokens, <see cref="Targets.AuditTarget.TokensOf"/>).
/// </summary>
/// <param name="Kind">Why it is shown: <c>top</c> (among the highest-scoring examples) or <c>missed</c> (carries the concept, scores lowest).</param>
/// <param name="Index">The example's index in its split.</param>
/// <param name="Document">The document it came from, or null.</param>
/// <param name="Concept">Whether the claim's concept is present at the example's labelled position.</param>
/// <param name="Score">The subject's score on the example (as the claim reads it, e.g. at the last position).</param>
/// <param name="Tokens">The example's tokens as text, one per position.</param>
/// <param name="Activations">The subject's score at each position.</param>
public sealed record TokenExample(string Kind, int Index, string? Document, bool Concept, double Score, IReadOnlyList<string> Tokens, IReadOnlyList<double> Activations);
