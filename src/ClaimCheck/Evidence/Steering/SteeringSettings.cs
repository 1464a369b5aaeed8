using System.Globalization;
using ClaimCheck.Diagnostics;

namespace ClaimCheck.Evidence.Steering;

/// <summary>
/// How to test that adding a subject's direction to a layer steers a concept's readout (activation addition): the
/// strengths to add it at, the strength the verdict is decided at, the null, and the bars. Every default has a
/// reason, given beside it.
/// </summary>
/// <example>
/// <code>
/// var settings = new SteeringSettings { Strengths = [0.5, 1, 2], DecisionStrength = 1, MinEffect = 0.5 };
/// IReadOnlyList&lt;Diagnostic&gt; errors = settings.Validate(); // empty: every setting is in range
/// </code>
/// </example>
public sealed record SteeringSettings
{
    /// <summary>
    /// The readout the claim says the subject steers, by name; null for the target's readout named like the concept.
    /// </summary>
    public string? Readout { get; init; }

    /// <summary>
    /// The strengths α the direction is added at, in units of the layer's RMS activation norm on the reference split
    /// (α = 1 adds a vector as long as a typical activation). The default spans a quarter to four times the typical
    /// norm, doubling each step, as steering studies sweep coefficients over orders of magnitude (Turner et al. 2023);
    /// measured in ascending order whatever order they are given in.
    /// </summary>
    public IReadOnlyList<double> Strengths { get; init; } = [0.25, 0.5, 1, 2, 4];

    /// <summary>
    /// The strength the claim is decided at (one of <see cref="Strengths"/>); null for the largest. The claim's own
    /// dose is the honest one to declare: at the largest strength every direction moves the readout a lot.
    /// </summary>
    public double? DecisionStrength { get; init; }

    /// <summary>
    /// Random unit directions added at the decision strength, the null. At least 100, so a p-value can fall below 0.01;
    /// 200 lets p reach 1/201, low enough to survive a family adjustment over a handful of claims.
    /// </summary>
    public int NullDraws { get; init; } = 200;

    /// <summary>
    /// The smallest mean change of the readout, in readout units, that the lower end of its interval must pass. 0 by
    /// default: a steering claim needs at least a change whose interval excludes none at all; a claim about size sets its own.
    /// </summary>
    public double MinEffect { get; init; }

    /// <summary>The significance level against the random-direction null; 0.05 by convention.</summary>
    public double Alpha { get; init; } = 0.05;

    /// <summary>The split the effects are measured on (its examples without the concept); null for the target's first held-out split.</summary>
    public string? Split { get; init; }

    /// <summary>The split whose RMS activation norm scales the strengths; null for the measured split.</summary>
    public string? ReferenceSplit { get; init; }

    /// <summary>
    /// The readouts whose change counts as a side effect, by name; null for every readout of the target but the
    /// concept's. Name them when some readouts are other views of the concept's own (a log-probability beside its
    /// logit) or live on another scale: a side effect is compared with the intended effect in readout units.
    /// </summary>
    public IReadOnlyList<string>? SideEffectReadouts { get; init; }

    /// <summary>Examples without the concept needed to decide; 30 as for the other kinds of evidence.</summary>
    public int MinExamples { get; init; } = 30;

    /// <summary>Bootstrap resamples behind each interval; 2000 keeps the 2.5% tails stable to about ±0.01 of a standard error.</summary>
    public int BootstrapResamples { get; init; } = 2000;

    /// <summary>The confidence level of every interval.</summary>
    public double ConfidenceLevel { get; init; } = 0.95;

    /// <summary>
    /// How large one stacked pass may be, in elements of the layer's output: null directions are stacked along the
    /// batch dimension up to this many elements per pass (1 runs one direction per pass, for comparison); the same
    /// budget as ablation's, for the same reasons.
    /// </summary>
    public int StackedElements { get; init; } = 1 << 20;

    /// <summary>Whether a chain of layers may re-run only the layers after the subject's (false forces full forward passes).</summary>
    public bool AllowSuffix { get; init; } = true;

    /// <summary>The strength the verdict is decided at: <see cref="DecisionStrength"/>, or the largest of <see cref="Strengths"/>.</summary>
    public double DecidingStrength => DecisionStrength ?? (Strengths is { Count: > 0 } ? Strengths.Max() : double.NaN);

    /// <summary>
    /// Checks every setting and returns every error at once (CLM4101, a setting out of range), so a claim with several
    /// bad settings is fixed in one pass; empty when all are in range.
    /// </summary>
    /// <returns>The errors, one per bad setting.</returns>
    public IReadOnlyList<Diagnostic> Validate()
    {
        var errors = new List<Diagnostic>();
        void Require(bool ok, string name, string value, string range)
        {
            if (!ok)
            {
                errors.Add(new Diagnostic(DiagnosticIds.SettingOutOfRange, Severity.Error,
                    $"Steering.{name} = {value} is out of range: it must be {range}"));
            }
        }

        Require(Readout is null || !string.IsNullOrWhiteSpace(Readout), nameof(Readout), $"'{Readout}'", "a readout's name, or null for the readout named like the concept");
        IReadOnlyList<double> strengths = Strengths ?? [];
        Require(strengths.Count > 0 && strengths.All(s => double.IsFinite(s) && s > 0), nameof(Strengths), List(strengths), "one or more finite strengths above 0");
        Require(strengths.Distinct().Count() == strengths.Count, nameof(Strengths), List(strengths), "free of repeats");
        if (DecisionStrength is double decision)
        {
            Require(strengths.Contains(decision), nameof(DecisionStrength), Number(decision), $"one of the strengths {List(strengths)}");
        }

        Require(NullDraws >= 100, nameof(NullDraws), Number(NullDraws), "at least 100");
        Require(double.IsFinite(MinEffect) && MinEffect >= 0, nameof(MinEffect), Number(MinEffect), "finite and not negative");
        Require(Alpha > 0 && Alpha <= 0.5, nameof(Alpha), Number(Alpha), "in (0, 0.5]");
        Require(Split is null || !string.IsNullOrWhiteSpace(Split), nameof(Split), $"'{Split}'", "a split's name, or null for the first held-out split");
        Require(ReferenceSplit is null || !string.IsNullOrWhiteSpace(ReferenceSplit), nameof(ReferenceSplit), $"'{ReferenceSplit}'", "a split's name, or null for the measured split");
        Require(SideEffectReadouts is null || SideEffectReadouts.All(r => !string.IsNullOrWhiteSpace(r)), nameof(SideEffectReadouts),
            SideEffectReadouts is null ? "null" : $"[{string.Join(", ", SideEffectReadouts.Select(r => $"'{r}'"))}]", "readout names, or null for every other readout");
        Require(MinExamples >= 1, nameof(MinExamples), Number(MinExamples), "at least 1");
        Require(BootstrapResamples >= 100, nameof(BootstrapResamples), Number(BootstrapResamples), "at least 100");
        Require(ConfidenceLevel > 0.5 && ConfidenceLevel < 1, nameof(ConfidenceLevel), Number(ConfidenceLevel), "in (0.5, 1)");
        Require(StackedElements >= 1, nameof(StackedElements), Number(StackedElements), "at least 1");
        return errors;
    }

    /// <summary>Throws the first error of <see cref="Validate"/> as a <see cref="ClaimCheckException"/>, for callers that measure directly.</summary>
    internal void RequireValid()
    {
        if (Validate() is [var first, ..])
        {
            throw new ClaimCheckException(first.Id, first.Message);
        }
    }

    /// <summary>The strengths in ascending order.</summary>
    internal double[] OrderedStrengths() => [.. Strengths.Order()];

    private static string Number(double value) => value.ToString(CultureInfo.InvariantCulture);

    private static string List(IReadOnlyList<double> values) => $"[{string.Join(", ", values.Select(Number))}]";
}
