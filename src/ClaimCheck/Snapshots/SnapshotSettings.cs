using ClaimCheck.Diagnostics;

namespace ClaimCheck.Snapshots;

/// <summary>How snapshots are compared and whether a differing or missing one may be accepted.</summary>
public sealed record SnapshotSettings
{
    /// <summary>The environment variable that asks for accepting snapshots: <c>1</c> or <c>true</c>.</summary>
    public const string AcceptVariable = "CLAIMCHECK_ACCEPT";

    /// <summary>The environment variable CI services set; under it accepting is refused.</summary>
    public const string CiVariable = "CI";

    private readonly double _numberTolerance = 0.011;

    /// <summary>
    /// The absolute difference up to which two non-integer numbers count as equal. Scores are rounded to 2 decimals
    /// for display, so the default lets one last-digit flip between a CPU and a GPU run pass; numbers written as
    /// integers on both sides (counts, seeds) are always compared exactly.
    /// </summary>
    /// <exception cref="ClaimCheckException">CLM4101 when the value is negative or not finite.</exception>
    public double NumberTolerance
    {
        get => _numberTolerance;
        init => _numberTolerance = double.IsFinite(value) && value >= 0
            ? value
            : throw new ClaimCheckException(
                DiagnosticIds.SettingOutOfRange,
                $"The snapshot number tolerance must be a finite number >= 0, not {value}.");
    }

    /// <summary>Whether accepting a missing, differing or malformed snapshot was explicitly asked for.</summary>
    public bool Accept { get; init; }

    /// <summary>Whether this run is a CI run; accepting is then refused, received files are still written.</summary>
    public bool IsCi { get; init; }

    /// <summary>
    /// Reads <see cref="Accept"/> from <c>CLAIMCHECK_ACCEPT</c> (<c>1</c> or <c>true</c>) and <see cref="IsCi"/> from
    /// <c>CI</c> (<c>true</c> or <c>1</c>), both case-insensitive; <see cref="NumberTolerance"/> keeps its default.
    /// </summary>
    public static SnapshotSettings FromEnvironment() => FromEnvironment(Environment.GetEnvironmentVariable);

    /// <summary>Same as <see cref="FromEnvironment()"/> over any variable source, so tests need not touch the process.</summary>
    public static SnapshotSettings FromEnvironment(Func<string, string?> variable) => new()
    {
        Accept = IsOneOrTrue(variable(AcceptVariable)),
        // CI=1 counts too: misreading a CI run as local would let a pipeline approve its own snapshots.
        IsCi = IsOneOrTrue(variable(CiVariable)),
    };

    private static bool IsOneOrTrue(string? value)
    {
        string trimmed = value?.Trim() ?? "";
        return trimmed == "1" || trimmed.Equals("true", StringComparison.OrdinalIgnoreCase);
    }
}
