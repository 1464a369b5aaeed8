using System.Reflection;
using ClaimCheck.Diagnostics;
using ClaimCheck.Snapshots;

namespace ClaimCheck.Running;

/// <summary>
/// One claim method found in an assembly: its ID, the test name hosts know it by, the folder of its snapshot and
/// either its declaration or the declaration error that stops it (it still owns its snapshot file).
/// </summary>
/// <param name="Id">The claim's ID and snapshot name, <c>{Class}.{Method}</c>.</param>
/// <param name="TestName">The fully qualified test name, <c>{Namespace}.{Class}.{Method}</c> (what test filters match).</param>
/// <param name="SnapshotDirectory">The folder of the claim's <c>.verified.json</c> (beside the declaring source file).</param>
/// <param name="Declaration">The claim as declared, or null when the declaration is broken.</param>
/// <param name="Error">The declaration error (CLM0xxx), or null.</param>
public sealed record CatalogedClaim(string Id, string TestName, string SnapshotDirectory, ClaimDeclaration? Declaration, Diagnostic? Error)
{
    /// <summary>The audit target type, or null when the declaration is broken.</summary>
    public Type? TargetType => Declaration?.TargetType;

    /// <summary>The full path of the claim's verified snapshot.</summary>
    public string VerifiedPath => Path.Combine(SnapshotDirectory, Id + ".verified.json");
}

/// <summary>
/// Finds every claim an assembly declares (methods carrying a <see cref="ClaimDeclarationAttribute"/>) without
/// running any: what a command line lists, filters and compares with the snapshot files on disk.
/// </summary>
public static class ClaimCatalog
{
    /// <summary>The claims of <paramref name="assembly"/>, ordered by ID.</summary>
    public static IReadOnlyList<CatalogedClaim> Read(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        var claims = new List<CatalogedClaim>();
        foreach (Type type in LoadableTypes(assembly))
        {
            foreach (MethodInfo method in type.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            {
                if (method.GetCustomAttribute<ClaimDeclarationAttribute>() is { } attribute)
                {
                    claims.Add(Catalog(type, method, attribute));
                }
            }
        }

        return claims.OrderBy(c => c.Id, StringComparer.Ordinal).ToArray();
    }

    private static CatalogedClaim Catalog(Type type, MethodInfo method, ClaimDeclarationAttribute attribute)
    {
        string id = $"{type.Name}.{method.Name}";
        string testName = $"{type.FullName}.{method.Name}";
        try
        {
            ClaimDeclaration declaration = ClaimReader.Read(method);
            return new CatalogedClaim(id, testName, declaration.SnapshotDirectory, declaration, null);
        }
        catch (ClaimCheckException e)
        {
            // The same folder rule as ClaimReader: a broken claim keeps its snapshot, it is not an orphan to delete.
            string folder = SourcePathMap.SnapshotFolder(attribute.SourceFile, type.Assembly);
            return new CatalogedClaim(id, testName, folder, null, e.Diagnostic);
        }
    }

    private static IEnumerable<Type> LoadableTypes(Assembly assembly)
    {
        try
        {
            return assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException e)
        {
            // Types whose dependencies are missing cannot declare claims that could run; the rest still can.
            return e.Types.Where(t => t is not null)!;
        }
    }
}
