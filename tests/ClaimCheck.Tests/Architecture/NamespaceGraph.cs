using System.Reflection;
using System.Reflection.Emit;

namespace ClaimCheck.Tests.Architecture;

/// <summary>
/// Which namespaces of an assembly use which, read from the compiled code: every type's base type, interfaces,
/// fields, properties, method signatures, and every type, method and field a method body refers to (its IL tokens).
/// Reading the IL rather than using directives also sees what a namespace uses from its parents without one.
/// </summary>
internal static class NamespaceGraph
{
    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    /// <summary>Edges (from, to) between distinct namespaces of <paramref name="assembly"/> that start with <paramref name="root"/>.</summary>
    public static HashSet<(string From, string To)> Edges(Assembly assembly, string root)
    {
        var edges = new HashSet<(string, string)>();
        foreach (Type type in assembly.GetTypes())
        {
            string? from = type.Namespace;
            if (from is null || !from.StartsWith(root, StringComparison.Ordinal))
            {
                continue;
            }

            foreach (Type used in Uses(type))
            {
                string? to = (used.IsGenericType ? used.GetGenericTypeDefinition() : used).Namespace;
                if (to is not null && to != from && to.StartsWith(root, StringComparison.Ordinal) && used.Assembly == assembly)
                {
                    edges.Add((from, to));
                }
            }
        }

        return edges;
    }

    /// <summary>The strongly connected components of more than one namespace: each is a cycle of namespaces.</summary>
    public static List<SortedSet<string>> Cycles(HashSet<(string From, string To)> edges)
    {
        string[] nodes = [.. edges.SelectMany(e => new[] { e.From, e.To }).Distinct().Order(StringComparer.Ordinal)];
        var next = nodes.ToDictionary(n => n, n => edges.Where(e => e.From == n).Select(e => e.To).ToList());
        var reach = nodes.ToDictionary(n => n, n => Reachable(n, next));
        return [.. nodes
            .Select(n => new SortedSet<string>(nodes.Where(m => reach[n].Contains(m) && reach[m].Contains(n)), StringComparer.Ordinal))
            .Where(c => c.Count > 1)
            .DistinctBy(c => string.Join(",", c))];
    }

    private static HashSet<string> Reachable(string start, Dictionary<string, List<string>> next)
    {
        var seen = new HashSet<string>();
        var stack = new Stack<string>([start]);
        while (stack.Count > 0)
        {
            foreach (string to in next[stack.Pop()].Where(seen.Add))
            {
                stack.Push(to);
            }
        }

        return seen;
    }

    private static IEnumerable<Type> Uses(Type type)
    {
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var types = new List<Type>();
        if (type.BaseType is { } baseType)
        {
            types.Add(baseType);
        }

        types.AddRange(type.GetInterfaces());
        types.AddRange(type.GetFields(all).Select(f => f.FieldType));
        types.AddRange(type.GetProperties(all).Select(p => p.PropertyType));
        foreach (MethodBase method in type.GetMethods(all).Cast<MethodBase>().Concat(type.GetConstructors(all)))
        {
            if (method is MethodInfo info)
            {
                types.Add(info.ReturnType);
            }

            types.AddRange(method.GetParameters().Select(p => p.ParameterType));
            types.AddRange(BodyUses(method));
        }

        return types.SelectMany(Unwrap);
    }

    // Arrays, by-refs, pointers and generic arguments stand for the types inside them.
    private static IEnumerable<Type> Unwrap(Type type)
    {
        if (type.HasElementType)
        {
            return Unwrap(type.GetElementType()!);
        }

        return type.IsGenericType && !type.IsGenericTypeDefinition
            ? type.GetGenericArguments().SelectMany(Unwrap).Prepend(type)
            : [type];
    }

    private static IEnumerable<Type> BodyUses(MethodBase method)
    {
        byte[]? il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null)
        {
            yield break;
        }

        Module module = method.Module;
        Type[]? typeArguments = method.DeclaringType is { IsGenericType: true } d ? d.GetGenericArguments() : null;
        Type[]? methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        int at = 0;
        while (at < il.Length)
        {
            short value = il[at] == 0xFE ? (short)(0xFE00 | il[at + 1]) : il[at];
            at += il[at] == 0xFE ? 2 : 1;
            OpCode code = OpCodesByValue[value];
            int size = OperandSize(code.OperandType, il, at);
            if (code.OperandType is OperandType.InlineType or OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineTok)
            {
                MemberInfo? member = Resolve(module, BitConverter.ToInt32(il, at), typeArguments, methodArguments);
                if (member is Type used)
                {
                    yield return used;
                }
                else if (member?.DeclaringType is { } declaring)
                {
                    yield return declaring;
                }
            }

            at += size;
        }
    }

    private static MemberInfo? Resolve(Module module, int token, Type[]? typeArguments, Type[]? methodArguments)
    {
        try
        {
            return module.ResolveMember(token, typeArguments, methodArguments);
        }
        catch (ArgumentException)
        {
            // A token into another module's generic context that this method's arguments cannot close: not ours to count.
            return null;
        }
    }

    private static int OperandSize(OperandType operand, byte[] il, int at) => operand switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        OperandType.InlineSwitch => 4 + (4 * BitConverter.ToInt32(il, at)),
        _ => 4,
    };
}
