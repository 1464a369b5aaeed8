using System.Globalization;
using ClaimCheck.Diagnostics;
using ClaimCheck.Targets;

namespace ClaimCheck.Evidence.Ablation;

/// <summary>How to ablate a subject and compare it with the null. Every default has a reason, given beside it.</summary>
public sealed record AblationEngineSettings
{
    /// <summary>The intervention. Mean ablation by default: it keeps the layer in its usual range, where zeroing can push it out of anything it saw in training.</summary>
    public AblationKind Kind { get; init; } = AblationKind.Mean;

    /// <summary>The split the effects are measured on; null for the target's first held-out split.</summary>
    public string? Split { get; init; }

    /// <summary>The split whose mean <see cref="AblationKind.Mean"/> uses; null for the measured split (the held-out mean).</summary>
    public string? ReferenceSplit { get; init; }

    /// <summary>
    /// For <see cref="AblationKind.Patch"/>: given the measured split, the counterpart of each of its examples, in the
    /// same order and of the same shape (e.g. each input with the concept edited out). Not used by the other kinds.
    /// </summary>
    public Func<DataSplit, DataSplit>? Counterparts { get; init; }

    /// <summary>
    /// Random unit sets (or random directions) ablated the same way, the null. At least 100, so a p-value can fall below 0.01; 200 lets
    /// p-values reach 1/201, low enough to survive a family adjustment over a handful of claims.
    /// </summary>
    public int NullDraws { get; init; } = 200;

    /// <summary>Bootstrap resamples behind each mean's interval; 2000 keeps the 2.5% tails stable to about ±0.01 of a standard error.</summary>
    public int BootstrapResamples { get; init; } = 2000;

    /// <summary>The confidence level of every interval.</summary>
    public double ConfidenceLevel { get; init; } = 0.95;

    /// <summary>
    /// How large one stacked null pass may be, in elements of the layer's output: null draws are stacked along the
    /// batch dimension until draws × batch × (elements of one example's layer output) reaches this (1 runs one draw per
    /// pass, for comparison). 2^20 float32 elements (4 MiB), measured on a shared 2-core CPU: a small MLP's layer gains
    /// 1.5–2× from stacking all draws of a batch in one pass; a small CNN's conv layer costs the same per draw up to
    /// 2^22 elements and 5× more at 2^24 (memory traffic of stacked activations and unfolded convolution inputs, not
    /// arithmetic). On a GPU a larger budget can pay off; measure before raising it.
    /// </summary>
    public int StackedElements { get; init; } = 1 << 20;

    /// <summary>
    /// At most this many examples of the measured split are ablated, a seeded subsample with both classes (half each
    /// where the split has enough), or null (the default) for the whole split. For models whose every null draw reruns
    /// the whole model on every example (a transformer's inner layers), where draws × examples decides the cost; the
    /// document records the subsample's size. At least 2 × 30, the fewest positives and negatives a decision needs.
    /// </summary>
    public int? MaxExamples { get; init; }

    /// <summary>Whether a chain of layers may re-run only the layers after the subject's (false forces full forward passes).</summary>
    public bool AllowSuffix { get; init; } = true;

    /// <summary>Checks every setting's range; throws <see cref="ClaimCheckException"/> with CLM4101 on the first bad one.</summary>
    public void Validate()
    {
        Require(Enum.IsDefined(Kind), nameof(Kind), (int)Kind, "one of the AblationKind values");
        Require(NullDraws >= 100, nameof(NullDraws), NullDraws, "at least 100");
        Require(BootstrapResamples >= 100, nameof(BootstrapResamples), BootstrapResamples, "at least 100");
        Require(ConfidenceLevel > 0.5 && ConfidenceLevel < 1, nameof(ConfidenceLevel), ConfidenceLevel, "in (0.5, 1)");
        Require(StackedElements >= 1, nameof(StackedElements), StackedElements, "at least 1");
        Require(MaxExamples is null or >= 60, nameof(MaxExamples), MaxExamples ?? 0, "at least 60, or not set");
    }

    private static void Require(bool ok, string name, double value, string range)
    {
        if (!ok)
        {
            throw new ClaimCheckException(
                DiagnosticIds.SettingOutOfRange,
                $"Ablation.{name} = {value.ToString(CultureInfo.InvariantCulture)} is out of range: it must be {range}");
        }
    }
}
