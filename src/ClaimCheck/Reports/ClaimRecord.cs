using ClaimCheck.Running;

namespace ClaimCheck.Reports;

/// <summary>One claim's records as a run left them in the results folder (read with <see cref="ClaimRecords.Read"/>).</summary>
/// <param name="Id">The claim's ID (the file name before <c>.full.json</c>).</param>
/// <param name="Document">The verdict document with full-precision figures, key figures and plot data.</param>
/// <param name="Outcome">How the claim's test ended, from <c>{ClaimId}.outcome.json</c>, or null when the run wrote none.</param>
/// <param name="Counterexamples">The minimal edit counterexample pictures (before | after), by edit kind.</param>
public sealed record ClaimRecord(string Id, VerdictDocument Document, OutcomeRecord? Outcome, IReadOnlyList<CounterexamplePicture> Counterexamples);

/// <summary>A minimal counterexample picture the targeted-edit evidence left.</summary>
/// <param name="Kind">The edit kind (Add, Remove or Nuisance).</param>
/// <param name="Png">The PNG bytes.</param>
public sealed record CounterexamplePicture(string Kind, byte[] Png);
