using System.Reflection;
using NUnit.Framework;
using TorchSharp;
using static TorchSharp.torch;

namespace ClaimCheck.Tests.Torch;

/// <summary>
/// BannedSymbols.TorchSharp.txt against the TorchSharp assembly the build uses. The analyzer skips an ID that names
/// nothing, without a word, so a misspelt or outdated line would ban nothing; and a TorchSharp release that adds an
/// implicit conversion must not slip past the ban.
/// </summary>
public class BannedSymbolsTests
{
    [Test]
    public void Every_banned_ID_names_a_TorchSharp_method()
    {
        var known = AllMethods().Select(DocumentationId).ToHashSet(StringComparer.Ordinal);

        string[] unknown = BannedIds().Where(id => !known.Contains(id)).ToArray();

        Assert.That(unknown, Is.Empty, "IDs in BannedSymbols.TorchSharp.txt that name no method of TorchSharp");
    }

    [Test]
    public void Every_implicit_conversion_to_a_scalar_or_tensor_is_banned()
    {
        var banned = BannedIds().ToHashSet(StringComparer.Ordinal);
        string[] conversions = AllMethods()
            .OfType<MethodInfo>()
            .Where(m => m.Name == "op_Implicit" && (m.ReturnType == typeof(Scalar) || m.ReturnType == typeof(Tensor)))
            .Select(DocumentationId)
            .ToArray();

        Assert.That(conversions, Has.Length.GreaterThanOrEqualTo(12), "Scalar alone converts from 12 types");
        Assert.That(conversions.Where(id => !banned.Contains(id)), Is.Empty, "implicit conversions missing from the ban");
    }

    private static IEnumerable<string> BannedIds() =>
        File.ReadLines(Path.Combine(RepositoryRoot.Find(), "BannedSymbols.TorchSharp.txt"))
            .Where(line => line.StartsWith("M:", StringComparison.Ordinal))
            .Select(line => line.Split(';')[0]);

    private static IEnumerable<MethodBase> AllMethods()
    {
        const BindingFlags declared = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        Type[] types;
        try
        {
            types = typeof(Scalar).Assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException e)
        {
            // Types that need TorchSharp's optional dependencies (protobuf) do not load; none of them is banned.
            types = e.Types.OfType<Type>().ToArray();
        }

        return types.Where(t => t.IsPublic || t.IsNestedPublic).SelectMany(t => Methods(t, declared));
    }

    private static IEnumerable<MethodBase> Methods(Type type, BindingFlags flags)
    {
        try
        {
            return type.GetMethods(flags).Where(Describable).ToArray();
        }
        catch (Exception e) when (e is TypeLoadException or FileNotFoundException)
        {
            return [];
        }
    }

    private static bool Describable(MethodInfo method)
    {
        try
        {
            _ = method.GetParameters();
            return true;
        }
        catch (Exception e) when (e is TypeLoadException or FileNotFoundException)
        {
            return false;
        }
    }

    /// <summary>The C# documentation comment ID of a method, as the banned-API analyzer reads it.</summary>
    private static string DocumentationId(MethodBase method)
    {
        string name = method.Name + (method.IsGenericMethod ? "``" + method.GetGenericArguments().Length : string.Empty);
        ParameterInfo[] parameters = method.GetParameters();
        string id = "M:" + TypeName(method.DeclaringType!) + "." + name;
        if (parameters.Length > 0)
        {
            id += "(" + string.Join(",", parameters.Select(p => ParameterType(p.ParameterType))) + ")";
        }

        // Conversion operators differ only by what they return, so their IDs name it.
        return method is MethodInfo { Name: "op_Implicit" or "op_Explicit" } conversion
            ? id + "~" + ParameterType(conversion.ReturnType)
            : id;
    }

    private static string TypeName(Type type) => (type.FullName ?? type.Namespace + "." + type.Name).Replace('+', '.');

    private static string ParameterType(Type type)
    {
        if (type.IsGenericParameter)
        {
            return (type.DeclaringMethod is null ? "`" : "``") + type.GenericParameterPosition;
        }

        if (type.IsArray)
        {
            return ParameterType(type.GetElementType()!) + "[]";
        }

        if (type.IsByRef)
        {
            return ParameterType(type.GetElementType()!) + "@";
        }

        if (type.IsGenericType)
        {
            Type definition = type.GetGenericTypeDefinition();
            string name = TypeName(definition);
            return name[..name.IndexOf('`', StringComparison.Ordinal)]
                + "{" + string.Join(",", type.GetGenericArguments().Select(ParameterType)) + "}";
        }

        return TypeName(type);
    }
}
