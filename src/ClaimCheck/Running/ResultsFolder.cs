namespace ClaimCheck.Running;

/// <summary>
/// Where a test host writes each claim's records (<c>{ClaimId}.full.json</c>, <c>{ClaimId}.outcome.json</c>,
/// counterexample pictures): the folder named by <c>CLAIMCHECK_RESULTS_DIR</c> when it is set, else the host's own
/// place (the NUnit adapter uses its work directory). The <c>claimcheck</c> command line sets the variable so that it
/// can read the records of a run it started.
/// </summary>
public static class ResultsFolder
{
    /// <summary>The environment variable that names the results folder.</summary>
    public const string Variable = "CLAIMCHECK_RESULTS_DIR";

    /// <summary>The results folder: the variable's value (made absolute) when set, else <paramref name="fallback"/>.</summary>
    public static string Resolve(string fallback) => Resolve(fallback, Environment.GetEnvironmentVariable);

    /// <summary>Same as <see cref="Resolve(string)"/> over any variable source, so tests need not touch the process.</summary>
    public static string Resolve(string fallback, Func<string, string?> variable)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fallback);
        ArgumentNullException.ThrowIfNull(variable);
        string? chosen = variable(Variable);
        // A relative value would be read against the test host's working directory (its output folder), which the
        // caller rarely means; it is still honoured, made absolute once so every claim of the run agrees.
        return Path.GetFullPath(string.IsNullOrWhiteSpace(chosen) ? fallback : chosen.Trim());
    }
}
