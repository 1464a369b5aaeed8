using ClaimCheck.Claims;
using ClaimCheck.Evidence;
using ClaimCheck.Evidence.HeldOut;

namespace ClaimCheck;

/// <summary>
/// Demands held-out evidence. On an assembly or class it sets defaults for the claims inside; on a method it
/// overrides them. Settings left unset inherit (assembly → class → method, then <see cref="HeldOutSettings"/>'s defaults).
/// </summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class | AttributeTargets.Assembly, Inherited = true)]
public sealed class HeldOutAttribute : Attribute, ILayeredSettingsAttribute<HeldOutSettings>
{
    // Attribute properties cannot be nullable, so "not set" needs a sentinel: NaN for doubles and int.MinValue for
    // integers, which no one sets by accident, so a mistaken negative value still reaches validation (CLM0010).
    private const int Unset = int.MinValue;

    /// <summary>See <see cref="HeldOutSettings.MinAuroc"/>.</summary>
    public double MinAuroc { get; set; } = double.NaN;

    /// <summary>See <see cref="HeldOutSettings.Alpha"/>.</summary>
    public double Alpha { get; set; } = double.NaN;

    /// <summary>See <see cref="HeldOutSettings.NullDirections"/>.</summary>
    public int NullDirections { get; set; } = Unset;

    /// <summary>See <see cref="HeldOutSettings.MinExamples"/>.</summary>
    public int MinExamples { get; set; } = Unset;

    /// <summary>See <see cref="HeldOutSettings.MinDocuments"/>.</summary>
    public int MinDocuments { get; set; } = Unset;

    /// <summary>See <see cref="HeldOutSettings.TopQuantile"/>.</summary>
    public double TopQuantile { get; set; } = double.NaN;

    /// <summary>See <see cref="HeldOutSettings.MinTopCount"/>.</summary>
    public int MinTopCount { get; set; } = Unset;

    /// <summary>See <see cref="HeldOutSettings.ConfidenceLevel"/>.</summary>
    public double ConfidenceLevel { get; set; } = double.NaN;

    /// <summary>Applies the settings this attribute sets on top of <paramref name="spec"/>.</summary>
    public HeldOutSettings ApplyTo(HeldOutSettings spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return spec with
        {
            MinAuroc = double.IsNaN(MinAuroc) ? spec.MinAuroc : MinAuroc,
            Alpha = double.IsNaN(Alpha) ? spec.Alpha : Alpha,
            NullDirections = NullDirections == Unset ? spec.NullDirections : NullDirections,
            MinExamples = MinExamples == Unset ? spec.MinExamples : MinExamples,
            MinDocuments = MinDocuments == Unset ? spec.MinDocuments : MinDocuments,
            TopQuantile = double.IsNaN(TopQuantile) ? spec.TopQuantile : TopQuantile,
            MinTopCount = MinTopCount == Unset ? spec.MinTopCount : MinTopCount,
            ConfidenceLevel = double.IsNaN(ConfidenceLevel) ? spec.ConfidenceLevel : ConfidenceLevel,
        };
    }
}
