using System.Globalization;
using ClaimCheck.Diagnostics;

namespace ClaimCheck.Evidence.Ablation;

/// <summary>How to judge a claim by ablation: which readout, how to ablate, and the bar the effect must clear.</summary>
public sealed record AblationSettings
{
    /// <summary>The readout (by name, from the audit target) whose change is measured.</summary>
    public required string Readout { get; init; }

    /// <summary>The intervention and the null's settings.</summary>
    public AblationEngineSettings Engine { get; init; } = new();

    /// <summary>The significance level against the random-unit (or random-direction) null; 0.05 by convention.</summary>
    public double Alpha { get; init; } = 0.05;

    /// <summary>
    /// The smallest mean effect on concept-positive inputs, in readout units, that the lower end of its interval must
    /// reach. 0 by default: a causal claim needs at least an effect whose interval excludes no effect at all; a claim
    /// about size ("removing it halves the logit") sets its own.
    /// </summary>
    public double MinEffect { get; init; }

    /// <summary>Checks the settings; CLM4101 on the first bad one.</summary>
    public void Validate()
    {
        Engine.Validate();
        if (!(Alpha > 0 && Alpha <= 0.5))
        {
            throw new ClaimCheckException(DiagnosticIds.SettingOutOfRange,
                $"Ablation.Alpha = {Alpha.ToString(CultureInfo.InvariantCulture)} is out of range: it must be in (0, 0.5]");
        }

        if (!double.IsFinite(MinEffect) || MinEffect < 0)
        {
            throw new ClaimCheckException(DiagnosticIds.SettingOutOfRange,
                $"Ablation.MinEffect = {MinEffect.ToString(CultureInfo.InvariantCulture)} is out of range: it must be finite and not negative");
        }

        if (string.IsNullOrWhiteSpace(Readout))
        {
            throw new ClaimCheckException(DiagnosticIds.UnknownReadout, "the ablation names no readout; set Readout to one of the audit target's readouts");
        }
    }
}
