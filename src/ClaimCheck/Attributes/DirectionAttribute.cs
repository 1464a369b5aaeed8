using ClaimCheck.Claims;

namespace ClaimCheck;

/// <summary>The claim's subject is a direction the audit target provides by name (a probe, a concept vector).</summary>
// AllowMultiple so that two subjects are reported as CLM0005 with a clear message rather than a bare compiler error.
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true, Inherited = false)]
public sealed class DirectionAttribute : Attribute
{
    /// <summary>Names the direction.</summary>
    public DirectionAttribute(string layer, string name)
    {
        Layer = layer;
        Name = name;
    }

    /// <summary>The layer's dotted path.</summary>
    public string Layer { get; }

    /// <summary>The direction's name in the audit target.</summary>
    public string Name { get; }

    /// <summary>How spatial maps are reduced (default max).</summary>
    public Reduction Reduction { get; set; } = Reduction.Max;
}
