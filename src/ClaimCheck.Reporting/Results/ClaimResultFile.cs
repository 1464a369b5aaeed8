using System.Text.Json.Nodes;

namespace ClaimCheck.Reporting.Results;

/// <summary>One claim's result as a run left it in the results folder.</summary>
/// <param name="Id">The claim's ID (the file name before <c>.full.json</c>).</param>
/// <param name="Document">The verdict document with full-precision figures (and plot data, when the run recorded it).</param>
/// <param name="Outcome">How the claim's test ended, from <c>&lt;ClaimId&gt;.outcome.json</c>, or null when the run wrote none.</param>
/// <param name="Counterexamples">The minimal edit counterexample pictures (before | after), by edit kind.</param>
public sealed record ClaimResultFile(
    string Id, JsonObject Document, TestOutcomeRecord? Outcome, IReadOnlyList<CounterexamplePicture> Counterexamples);

/// <summary>How a claim's test ended, as the run recorded it.</summary>
/// <param name="Status">The status, e.g. Passed, Failed or Inconclusive.</param>
/// <param name="Message">Why, when the test did not pass; null otherwise.</param>
public sealed record TestOutcomeRecord(string Status, string? Message);

/// <summary>A minimal counterexample picture the targeted-edit evidence attached.</summary>
/// <param name="Kind">The edit kind (Add, Remove or Nuisance).</param>
/// <param name="Png">The PNG bytes.</param>
public sealed record CounterexamplePicture(string Kind, byte[] Png);
