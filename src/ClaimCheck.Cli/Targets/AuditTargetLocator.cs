using System.Reflection;
using ClaimCheck.Diagnostics;
using ClaimCheck.Running;
using ClaimCheck.Targets;

namespace ClaimCheck.Cli.Targets;

/// <summary>
/// Finds the audit target type <c>explain</c> works on: among the concrete <see cref="AuditTarget"/> types with a
/// parameterless constructor in the assembly, in the assemblies it references, and those its claims name.
/// </summary>
internal static class AuditTargetLocator
{
    /// <summary>
    /// The type named <paramref name="name"/> (simple or full name, case ignored), or the only candidate when
    /// <paramref name="name"/> is null. CLM4203 when there is no such type, none, or several to choose from.
    /// </summary>
    public static Type Find(Assembly assembly, string? name)
    {
        Type[] candidates = Candidates(assembly);
        if (name is null)
        {
            return candidates.Length switch
            {
                1 => candidates[0],
                0 => throw new ClaimCheckException(DiagnosticIds.UnknownAuditTargetType,
                    $"{assembly.GetName().Name} and the assemblies it references hold no audit target type (a concrete AuditTarget with a parameterless constructor)"),
                _ => throw new ClaimCheckException(DiagnosticIds.UnknownAuditTargetType,
                    $"{assembly.GetName().Name} offers {candidates.Length} audit targets; choose one with --target: {string.Join(", ", candidates.Select(t => t.FullName))}"),
            };
        }

        Type[] matching = candidates.Where(t => string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase)
            || string.Equals(t.FullName, name, StringComparison.OrdinalIgnoreCase)).ToArray();
        return matching.Length switch
        {
            1 => matching[0],
            0 => throw new ClaimCheckException(DiagnosticIds.UnknownAuditTargetType,
                $"no audit target type '{name}' in {assembly.GetName().Name} or the assemblies it references; known: {(candidates.Length == 0 ? "none" : string.Join(", ", candidates.Select(t => t.FullName)))}"),
            _ => throw new ClaimCheckException(DiagnosticIds.UnknownAuditTargetType,
                $"'{name}' names {matching.Length} audit targets; use the full name: {string.Join(", ", matching.Select(t => t.FullName))}"),
        };
    }

    private static Type[] Candidates(Assembly assembly)
    {
        var assemblies = new List<Assembly> { assembly };
        foreach (AssemblyName reference in assembly.GetReferencedAssemblies())
        {
            try
            {
                assemblies.Add(Assembly.Load(reference));
            }
            catch (Exception e) when (e is FileNotFoundException or FileLoadException or BadImageFormatException)
            {
                // A reference that cannot load holds no target this process could build.
            }
        }

        IEnumerable<Type> named = ClaimCatalog.Read(assembly).Select(c => c.TargetType).OfType<Type>();
        return assemblies.Where(a => a != typeof(AuditTarget).Assembly)
            .SelectMany(Types)
            .Concat(named)
            .Where(IsBuildable)
            .Distinct()
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .ToArray();
    }

    private static bool IsBuildable(Type type) =>
        typeof(AuditTarget).IsAssignableFrom(type) && !type.IsAbstract && type.GetConstructor(Type.EmptyTypes) is not null;

    private static IEnumerable<Type> Types(Assembly assembly)
    {
        try
        {
            return assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException e)
        {
            return e.Types.OfType<Type>();
        }
    }
}
