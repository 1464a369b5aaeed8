using ClaimCheck.Claims;
using ClaimCheck.Evidence;
using ClaimCheck.Evidence.Ablation;

namespace ClaimCheck;

/// <summary>
/// Demands ablation evidence: remove the subject (zero, mean, resample, project out, patch), measure the change of a
/// readout, and compare it with the same ablation of random units or directions of the layer.
/// </summary>
[AttributeUsage(AttributeTargets.Method, Inherited = false)]
public sealed class AblationAttribute : Attribute, ISettingsAttribute<AblationSettings>
{
    /// <summary>Demands ablation evidence with the intervention <paramref name="kind"/>.</summary>
    public AblationAttribute(AblationKind kind)
    {
        Kind = kind;
    }

    /// <summary>The intervention.</summary>
    public AblationKind Kind { get; }

    /// <summary>The audit target's readout to watch, e.g. "stripes".</summary>
    public string Readout { get; set; } = string.Empty;

    /// <summary>See <see cref="AblationSettings.Alpha"/> (NaN: the default).</summary>
    public double Alpha { get; set; } = double.NaN;

    /// <summary>See <see cref="AblationSettings.MinEffect"/> (NaN: the default).</summary>
    public double MinEffect { get; set; } = double.NaN;

    /// <summary>See <see cref="AblationEngineSettings.NullDraws"/> (int.MinValue: the default).</summary>
    public int NullDraws { get; set; } = int.MinValue;

    /// <summary>See <see cref="AblationEngineSettings.MaxExamples"/> (int.MinValue: the default, the whole split).</summary>
    public int MaxExamples { get; set; } = int.MinValue;

    /// <summary>The claim-level settings this attribute describes.</summary>
    public AblationSettings ToSettings()
    {
        var defaults = new AblationSettings { Readout = Readout };
        return defaults with
        {
            Engine = defaults.Engine with
            {
                Kind = Kind,
                NullDraws = NullDraws == int.MinValue ? defaults.Engine.NullDraws : NullDraws,
                MaxExamples = MaxExamples == int.MinValue ? defaults.Engine.MaxExamples : MaxExamples,
            },
            Alpha = double.IsNaN(Alpha) ? defaults.Alpha : Alpha,
            MinEffect = double.IsNaN(MinEffect) ? defaults.MinEffect : MinEffect,
        };
    }
}
