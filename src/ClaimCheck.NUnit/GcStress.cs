using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace ClaimCheck.NUnit;

/// <summary>
/// The GC-stress mode of a test run: with the environment variable <c>CLAIMCHECK_GC_STRESS=1</c>, a
/// <see cref="ForcedCollections"/> thread runs for the whole test process, so native memory freed by a finalizer while
/// a call still uses it shows up as a failing test. Every test assembly that references ClaimCheck.NUnit gets it
/// without code: the mode starts when the assembly loads, which NUnit does while it discovers the claims.
/// </summary>
/// <remarks>
/// A test assembly whose first tests may run before anything of ClaimCheck.NUnit is touched calls
/// <see cref="StartIfRequested"/> from an assembly-wide one-time set-up. Expect a run to take longer: every
/// collection stops every thread.
/// </remarks>
/// <example>
/// <code>
/// CLAIMCHECK_GC_STRESS=1 dotnet test examples/StripesWorld.Claims -c Release
/// </code>
/// </example>
public static class GcStress
{
    /// <summary>The environment variable that turns the mode on when it is <c>1</c>.</summary>
    public const string EnvironmentVariable = "CLAIMCHECK_GC_STRESS";

    private static readonly Lock Gate = new();
    private static ForcedCollections? _collections;

    /// <summary>Whether the environment asks for the mode.</summary>
    public static bool IsRequested => Environment.GetEnvironmentVariable(EnvironmentVariable) == "1";

    /// <summary>Whether the collecting thread runs in this process.</summary>
    public static bool IsRunning => Volatile.Read(ref _collections) is not null;

    /// <summary>How many collections the mode has forced so far (0 when it does not run).</summary>
    public static long Collections => Volatile.Read(ref _collections)?.Count ?? 0;

    /// <summary>Starts the collecting thread if the environment asks for it and it does not run yet.</summary>
    public static void StartIfRequested()
    {
        if (!IsRequested)
        {
            return;
        }

        lock (Gate)
        {
            // Never disposed: the thread is a background thread and lives as long as the test process.
            _collections ??= new ForcedCollections();
        }
    }

    [ModuleInitializer]
    [SuppressMessage("Usage", "CA2255:The 'ModuleInitializer' attribute should not be used in libraries",
        Justification = "Deliberate: a test assembly gets the mode from its reference to this adapter, before any test runs.")]
    internal static void StartWhenLoaded() => StartIfRequested();
}
