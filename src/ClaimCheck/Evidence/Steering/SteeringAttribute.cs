using ClaimCheck.Evidence;
using ClaimCheck.Evidence.Steering;

namespace ClaimCheck;

/// <summary>
/// Demands steering evidence: the subject's direction added at its layer at a range of strengths must move the
/// concept's readout beyond what random directions of the same length do. Unset properties keep the defaults of
/// <see cref="Evidence.Steering.SteeringSettings"/>.
/// </summary>
/// <example>
/// <code>
/// [Claim("the stripes readout direction steers stripes")]
/// [Direction("bottleneck", "stripes-readout"), Concept("stripes"), Steers, Steering(DecisionStrength = 1)]
/// public void ReadoutSteersStripes() { }
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Method, Inherited = false)]
public sealed class SteeringAttribute : Attribute, ISettingsAttribute<SteeringSettings>
{
    /// <summary>The readout steered, by name; unset for the readout named like the concept.</summary>
    public string? Readout { get; set; }

    /// <summary>The strengths, in units of the layer's RMS activation norm; unset for 0.25, 0.5, 1, 2, 4.</summary>
    public double[]? Strengths { get; set; }

    /// <summary>The strength the claim is decided at (one of the strengths); unset (NaN) for the largest.</summary>
    public double DecisionStrength { get; set; } = double.NaN;

    /// <summary>The smallest change of the readout the claim promises, in readout units; 0 when unset.</summary>
    public double MinEffect { get; set; }

    /// <summary>The significance level against the random-direction null.</summary>
    public double Alpha { get; set; } = 0.05;

    /// <summary>Random directions in the null (before the family raises them).</summary>
    public int NullDraws { get; set; } = 200;

    /// <summary>The readouts that count as side effects; unset for every other readout.</summary>
    public string[]? SideEffectReadouts { get; set; }

    /// <summary>The settings this attribute declares.</summary>
    public Evidence.Steering.SteeringSettings ToSettings()
    {
        var settings = new Evidence.Steering.SteeringSettings
        {
            Readout = Readout,
            DecisionStrength = double.IsNaN(DecisionStrength) ? null : DecisionStrength,
            MinEffect = MinEffect,
            Alpha = Alpha,
            NullDraws = NullDraws,
            SideEffectReadouts = SideEffectReadouts,
        };
        return Strengths is null ? settings : settings with { Strengths = Strengths };
    }
}

/// <summary>The claim says that adding its subject's direction steers the concept's readout (steering evidence).</summary>
public sealed class SteersAttribute : ClaimKindAttribute
{
    /// <summary>Marks a Steers claim.</summary>
    public SteersAttribute()
        : base(Claims.ClaimKind.Steers)
    {
    }
}
