using System.Globalization;
using ClaimCheck.Diagnostics;

namespace ClaimCheck.Evidence.Ablation;

/// <summary>
/// The dormant-pathway guard for a patched direction (Makelov et al. 2024, "Is this the subspace you are looking
/// for?"): the whole layer is patched from the same counterparts, and a direction whose patch moves the readout more
/// than the whole layer's patch is flagged. Such a direction can mix a component that carries the concept but does
/// not reach the readout with a dormant one that reaches the readout but is never active on real data; patching
/// activates the dormant pathway, and the effect says nothing about how the model uses the concept.
/// </summary>
public sealed record DormantPathwayCheck
{
    /// <summary>The concept-positive mean effect of patching the direction.</summary>
    public required double DirectionEffect { get; init; }

    /// <summary>The concept-positive effects of patching the whole layer.</summary>
    public required EffectSummary LayerPositives { get; init; }

    /// <summary>The concept-negative effects of patching the whole layer.</summary>
    public required EffectSummary LayerNegatives { get; init; }

    /// <summary>Whether |direction effect| exceeds |whole-layer effect| on concept-positive inputs (beyond float rounding).</summary>
    public required bool Flagged { get; init; }

    /// <summary>The CLM3101 warning when <see cref="Flagged"/>, else null.</summary>
    /// <param name="subject">The subject's description, e.g. <c>direction 'stripes-probe' in bottleneck</c>.</param>
    /// <param name="split">The measured split.</param>
    /// <returns>The diagnostic, or null.</returns>
    public Diagnostic? ToDiagnostic(string subject, string split) => Flagged
        ? new Diagnostic(DiagnosticIds.DormantPathway, Severity.Warning,
            $"patching {subject} moves the readout by {Score(DirectionEffect)} on concept-positive inputs of '{split}', more than patching the whole layer does ({Score(LayerPositives.Mean)} {Interval(LayerPositives)}); the direction's effect may run through a pathway that is dormant on real data (Makelov et al. 2024)")
        : null;

    /// <summary>Decides the flag: strictly larger in magnitude, with a relative margin so float rounding of equal effects never flags.</summary>
    internal static bool Exceeds(double direction, double layer) =>
        Math.Abs(direction) > (Math.Abs(layer) * (1 + 1e-6)) + 1e-9;

    private static string Score(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    private static string Interval(EffectSummary summary) => $"[{Score(summary.MeanInterval.Lower)}, {Score(summary.MeanInterval.Upper)}]";
}
