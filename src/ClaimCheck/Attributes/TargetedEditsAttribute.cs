using ClaimCheck.Evidence;
using ClaimCheck.Evidence.Edits;

namespace ClaimCheck;

/// <summary>
/// Demands targeted-edit evidence: adding the concept must raise the subject by δ, removing it must lower it by δ,
/// and nuisance edits must move it by less than ε (δ and ε scaled by the held-out gap Δ); failures shrink to a
/// minimal counterexample. The audit target supplies the concept's edits.
/// </summary>
[AttributeUsage(AttributeTargets.Method, Inherited = false)]
public sealed class TargetedEditsAttribute : Attribute, ISettingsAttribute<EditSettings>
{
    /// <summary>Cases per kind of edit (default 100).</summary>
    public int Cases { get; set; } = int.MinValue;

    /// <summary>The largest tolerated failure rate, judged on its upper Wilson bound (NaN: the default 0.1).</summary>
    public double FailureLimit { get; set; } = double.NaN;

    /// <summary>Fail on any counterexample, whatever the rate.</summary>
    public bool Strict { get; set; }

    /// <summary>The scale edit effects are measured on (default: activation units; see <see cref="EditScale"/>).</summary>
    public EditScaleKind Scale { get; set; } = EditScaleKind.Raw;

    /// <summary>The settings this attribute describes (the seed is set by the runner from the claim's seed).</summary>
    public EditSettings ToSettings()
    {
        EditSettings defaults = EditSettings.Default;
        return defaults with
        {
            Cases = Cases == int.MinValue ? defaults.Cases : Cases,
            FailureLimit = double.IsNaN(FailureLimit) ? defaults.FailureLimit : FailureLimit,
            Strict = Strict,
            Scale = Scale,
        };
    }
}
