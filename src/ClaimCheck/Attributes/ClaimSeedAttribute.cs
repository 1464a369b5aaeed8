namespace ClaimCheck;

/// <summary>Sets the run seed for the claims of an assembly, class or method (the verdict records it).</summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class | AttributeTargets.Assembly, Inherited = true)]
public sealed class ClaimSeedAttribute : Attribute
{
    /// <summary>Sets the seed.</summary>
    public ClaimSeedAttribute(long seed)
    {
        Seed = seed;
    }

    /// <summary>The seed.</summary>
    public long Seed { get; }
}
