using ClaimCheck.Targets;

namespace ClaimCheck.Evidence.Edits;

/// <summary>What EditCheck.Measure returns: the evidence (plain data) and the shrunk cases themselves, for pictures.</summary>
/// <typeparam name="TInput">The world's input type.</typeparam>
/// <param name="Evidence">The evidence record.</param>
/// <param name="MinimalCases">The shrunk counterexample of each failing kind, as a case (base and edit).</param>
public sealed record EditResult<TInput>(EditEvidence Evidence, IReadOnlyDictionary<EditKind, EditCase<TInput>> MinimalCases);
