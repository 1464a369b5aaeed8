using Microsoft.CodeAnalysis;

namespace ClaimCheck.Analyzers;

/// <summary>Names as the run time forms them, so messages and snapshot names agree with it.</summary>
internal static class ClaimNames
{
    /// <summary>
    /// <c>{Class}.{Method}</c> with the class's reflection name (<c>Type.Name</c>: no namespace, no outer class, a
    /// generic arity suffix such as <c>`1</c>), which is the claim's ID and its snapshot file's name.
    /// </summary>
    public static string Id(IMethodSymbol method) => method.ContainingType.MetadataName + "." + method.Name;

    /// <summary>An attribute's name as written without the suffix: <c>HeldOut</c> for <c>HeldOutAttribute</c>.</summary>
    public static string Short(AttributeData attribute)
    {
        string name = attribute.AttributeClass?.Name ?? "?";
        return name.EndsWith("Attribute", System.StringComparison.Ordinal) && name.Length > "Attribute".Length
            ? name.Substring(0, name.Length - "Attribute".Length)
            : name;
    }
}
