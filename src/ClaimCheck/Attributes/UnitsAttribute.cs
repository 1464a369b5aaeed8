using ClaimCheck.Claims;

namespace ClaimCheck;

/// <summary>The claim's subject is a set of units of one layer, scored by their mean activation.</summary>
// AllowMultiple so that two subjects are reported as CLM0005 with a clear message rather than a bare compiler error.
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true, Inherited = false)]
public sealed class UnitsAttribute : Attribute
{
    /// <summary>Names the units.</summary>
    public UnitsAttribute(string layer, params int[] units)
    {
        Layer = layer;
        Units = units;
    }

    /// <summary>The layer's dotted path.</summary>
    public string Layer { get; }

    /// <summary>The units' indices.</summary>
    public IReadOnlyList<int> Units { get; }

    /// <summary>How spatial maps are reduced (default max).</summary>
    public Reduction Reduction { get; set; } = Reduction.Max;
}
