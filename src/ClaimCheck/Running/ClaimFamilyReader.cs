using System.Reflection;
using ClaimCheck.Claims;
using ClaimCheck.Diagnostics;

namespace ClaimCheck.Running;

/// <summary>
/// Reads which family a claim method belongs to: <c>[ClaimFamily]</c> on the method, else its class, else its assembly,
/// else the family of its class (named by the class's full name, Holm). The family's members are every claim method of
/// the assembly that resolves to the same name.
/// </summary>
public static class ClaimFamilyReader
{
    /// <summary>The family of <paramref name="method"/>; CLM4301 for a declaration that cannot be a family.</summary>
    public static FamilyDeclaration Read(MethodInfo method)
    {
        ArgumentNullException.ThrowIfNull(method);
        ClaimFamily family = FamilyOf(method);
        Assembly assembly = method.DeclaringType!.Assembly;
        var members = new List<MethodInfo>();
        foreach (MethodInfo candidate in ClaimMethods(assembly))
        {
            ClaimFamily other;
            try
            {
                other = FamilyOf(candidate);
            }
            catch (ClaimCheckException)
            {
                // Another claim's broken declaration fails that claim's own test; it belongs to no family.
                continue;
            }

            if (other.Name != family.Name)
            {
                continue;
            }

            if (other.Correction != family.Correction)
            {
                throw new ClaimCheckException(DiagnosticIds.InvalidClaimFamily,
                    $"claim family '{family.Name}' is declared with two corrections, {family.Correction} and {other.Correction} (on {candidate.DeclaringType!.Name}.{candidate.Name}); a family has one");
            }

            members.Add(candidate);
        }

        return new FamilyDeclaration(family, assembly, members);
    }

    private static ClaimFamily FamilyOf(MethodInfo method)
    {
        Type type = method.DeclaringType!;
        ClaimFamilyAttribute? declared = method.GetCustomAttribute<ClaimFamilyAttribute>()
            ?? type.GetCustomAttribute<ClaimFamilyAttribute>()
            ?? type.Assembly.GetCustomAttribute<ClaimFamilyAttribute>();
        if (declared is null)
        {
            // The class is the default family, so a claim added elsewhere never changes a verdict here.
            return new ClaimFamily(type.FullName ?? type.Name, FamilyCorrection.Holm);
        }

        if (string.IsNullOrWhiteSpace(declared.Name) || !Enum.IsDefined(declared.Correction))
        {
            throw new ClaimCheckException(DiagnosticIds.InvalidClaimFamily,
                $"[ClaimFamily(\"{declared.Name}\", Correction = {declared.Correction})] on or above '{type.Name}.{method.Name}' is not a family: it needs a name and one of Holm, BenjaminiHochberg, None");
        }

        return new ClaimFamily(declared.Name, declared.Correction);
    }

    private static IEnumerable<MethodInfo> ClaimMethods(Assembly assembly) =>
        assembly.GetTypes()
            .Where(t => t.IsClass && !t.IsAbstract)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Where(m => m.GetCustomAttribute<ClaimDeclarationAttribute>() is not null)
                .OrderBy(m => m.Name, StringComparer.Ordinal));
}
