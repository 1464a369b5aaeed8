using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using TorchSharp;

namespace ClaimCheck.Capture.Disk;

/// <summary>
/// What a model's weights do not say about its forward pass: the type of every module in it, the build of the assembly
/// each type comes from (its module version ID, which a deterministic rebuild of the same source keeps), and each
/// module's scalar settings (kernel sizes, strides, slopes, flags: fields holding numbers, strings, enums, arrays or
/// tuples of them, or delegates). <see cref="Targets.AuditTarget.ModelFingerprint"/> hashes the parameters and
/// buffers; two models equal in both and in this compute the same activations, as far as managed code can tell.
/// </summary>
internal static class ModelCodeFingerprint
{
    /// <summary>A SHA-256 fingerprint of <paramref name="model"/>'s module tree (see the class summary).</summary>
    public static string Of(torch.nn.Module model) =>
        "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Describe(model))))[..16];

    /// <summary>The text the fingerprint hashes, one line per module (tests read it).</summary>
    internal static string Describe(torch.nn.Module model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var text = new StringBuilder();
        Describe(text, "(model)", model);
        foreach ((string name, torch.nn.Module module) in model.named_modules())
        {
            if (!ReferenceEquals(module, model))
            {
                Describe(text, name, module);
            }
        }

        return text.ToString();
    }

    private static void Describe(StringBuilder text, string name, torch.nn.Module module)
    {
        Type type = module.GetType();
        text.Append(name).Append('\t').Append(Build(type));
        // Fields declared from the module's own type down to TorchSharp's base classes (nn.Module and its generic
        // forms, nested in torch.nn), whose fields are handles, hooks and registries, not settings.
        for (Type? declaring = type; declaring is not null && declaring.DeclaringType != typeof(torch.nn); declaring = declaring.BaseType)
        {
            foreach (FieldInfo field in declaring
                .GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly)
                .OrderBy(f => f.Name, StringComparer.Ordinal))
            {
                if (Setting(field.GetValue(module)) is { } value)
                {
                    text.Append('\t').Append(declaring.Name).Append('.').Append(field.Name).Append('=').Append(value);
                }
            }
        }

        text.Append('\n');
    }

    /// <summary>The type's name and the build of its assembly.</summary>
    private static string Build(Type type) => $"{type.FullName}@{type.Assembly.GetName().Name}:{type.Module.ModuleVersionId:N}";

    /// <summary>The value as invariant text when it is a setting (see the class summary), else null.</summary>
    private static string? Setting(object? value) => value switch
    {
        null => null,
        IntPtr or UIntPtr => null, // native handles differ from process to process
        string s => Quote(s),
        Enum e => e.ToString(),
        bool or char or byte or sbyte or short or ushort or int or uint or long or ulong or decimal => Convert.ToString(value, CultureInfo.InvariantCulture),
        float f => f.ToString("R", CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        Delegate d => $"{d.Method.DeclaringType?.FullName}.{d.Method.Name}@{(d.Method.DeclaringType is { } t ? Build(t) : d.Method.Module.ModuleVersionId.ToString("N"))}",
        Array a when a.Rank == 1 => Sequence(a),
        ITuple t => "(" + string.Join(",", Enumerable.Range(0, t.Length).Select(i => Setting(t[i]) ?? "?")) + ")",
        _ => null,
    };

    private static string? Sequence(IEnumerable items)
    {
        var parts = new List<string>();
        foreach (object? item in items)
        {
            // An array of anything other than settings (tensors, modules) is not a setting itself.
            if (Setting(item) is not { } part)
            {
                return null;
            }

            parts.Add(part);
        }

        return "[" + string.Join(",", parts) + "]";
    }

    private static string Quote(string s) => "\"" + s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
