using ClaimCheck.Claims;
using ClaimCheck.Diagnostics;
using ClaimCheck.Evidence.HeldOut;

namespace ClaimCheck.Exploration;

/// <summary>How to explain a subject. The statistics reuse the held-out defaults, each of which has its reason there.</summary>
public sealed record ExplainSettings
{
    /// <summary>
    /// Null size, fewest examples per class, top quantile, confidence level and α, with the meaning they have for
    /// held-out claims (<see cref="HeldOutSettings"/>); its <see cref="HeldOutSettings.MinAuroc"/> is not used.
    /// </summary>
    public HeldOutSettings Statistics { get; init; } = new();

    /// <summary>How many top-activating examples to list. Ten fit on a screen and are enough to spot a pattern.</summary>
    public int TopExamples { get; init; } = 10;

    /// <summary>The split to list top-activating examples from, or null for the first held-out split.</summary>
    public string? ExamplesSplit { get; init; }

    /// <summary>The seed the null's random directions derive from; the same seed gives the same output.</summary>
    public ulong Seed { get; init; } = ClaimDefinition.DefaultSeed;

    /// <summary>Checks every setting: CLM0010 for a statistic out of range, CLM4101 for the example count.</summary>
    public void Validate()
    {
        Statistics.Validate();
        if (TopExamples < 1 || TopExamples > 1000)
        {
            throw new ClaimCheckException(DiagnosticIds.SettingOutOfRange,
                $"the number of top examples must be between 1 and 1000, not {TopExamples}");
        }
    }
}
