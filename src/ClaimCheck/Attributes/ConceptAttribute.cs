namespace ClaimCheck;

/// <summary>The concept the subject supposedly means, by its name in the audit target's library.</summary>
[AttributeUsage(AttributeTargets.Method, Inherited = false)]
public sealed class ConceptAttribute : Attribute
{
    /// <summary>Names the concept.</summary>
    public ConceptAttribute(string name)
    {
        Name = name;
    }

    /// <summary>The concept's name.</summary>
    public string Name { get; }
}
