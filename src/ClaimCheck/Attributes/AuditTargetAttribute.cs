namespace ClaimCheck;

/// <summary>Binds the claims of a class (or of an assembly) to an audit target type with a parameterless constructor.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Assembly, Inherited = true)]
public sealed class AuditTargetAttribute : Attribute
{
    /// <summary>Binds claims to <paramref name="targetType"/>, a subclass of <see cref="Targets.AuditTarget"/>.</summary>
    public AuditTargetAttribute(Type targetType)
    {
        TargetType = targetType;
    }

    /// <summary>The audit target type.</summary>
    public Type TargetType { get; }
}
