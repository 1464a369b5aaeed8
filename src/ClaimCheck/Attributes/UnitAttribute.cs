using ClaimCheck.Claims;

namespace ClaimCheck;

/// <summary>The claim's subject is one unit of a layer.</summary>
// AllowMultiple so that two subjects are reported as CLM0005 with a clear message rather than a bare compiler error.
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true, Inherited = false)]
public sealed class UnitAttribute : Attribute
{
    /// <summary>Names the unit.</summary>
    public UnitAttribute(string layer, int unit)
    {
        Layer = layer;
        Unit = unit;
    }

    /// <summary>The layer's dotted path.</summary>
    public string Layer { get; }

    /// <summary>The unit's index.</summary>
    public int Unit { get; }

    /// <summary>How spatial maps are reduced (default max).</summary>
    public Reduction Reduction { get; set; } = Reduction.Max;
}
