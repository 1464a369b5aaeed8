using System.Reflection;
using ClaimCheck.Claims;

namespace ClaimCheck.Running;

/// <summary>A family as declared in an assembly: its name and correction, and the claim methods that belong to it.</summary>
/// <param name="Family">The family's name and correction.</param>
/// <param name="Assembly">The assembly the family lives in (a name is unique within one assembly).</param>
/// <param name="Members">Its claim methods, ordered by class and method name.</param>
public sealed record FamilyDeclaration(ClaimFamily Family, Assembly Assembly, IReadOnlyList<MethodInfo> Members);
