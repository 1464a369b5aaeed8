using ClaimCheck.Claims;

namespace ClaimCheck;

/// <summary>Base of the attributes that say what a claim asserts.</summary>
[AttributeUsage(AttributeTargets.Method, Inherited = false)]
public abstract class ClaimKindAttribute : Attribute
{
    /// <summary>Sets the kind.</summary>
    protected ClaimKindAttribute(ClaimKind kind)
    {
        Kind = kind;
    }

    /// <summary>What the claim asserts.</summary>
    public ClaimKind Kind { get; }
}

/// <summary>The subject means the concept: selective for it and specific to it.</summary>
public sealed class MeansAttribute : ClaimKindAttribute
{
    /// <summary>Declares a Means claim.</summary>
    public MeansAttribute()
        : base(ClaimKind.Means)
    {
    }
}

/// <summary>The subject detects the concept: responds to it, whatever else it responds to.</summary>
public sealed class DetectsAttribute : ClaimKindAttribute
{
    /// <summary>Declares a Detects claim.</summary>
    public DetectsAttribute()
        : base(ClaimKind.Detects)
    {
    }
}

/// <summary>The subject drives the concept's readout (needs ablation evidence).</summary>
public sealed class DrivesAttribute : ClaimKindAttribute
{
    /// <summary>Declares a Drives claim.</summary>
    public DrivesAttribute()
        : base(ClaimKind.Drives)
    {
    }
}
