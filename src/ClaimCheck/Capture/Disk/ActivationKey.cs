using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ClaimCheck.Claims;
using ClaimCheck.Targets;
using TorchSharp;

namespace ClaimCheck.Capture.Disk;

/// <summary>
/// What one entry of the activation store holds, as text: everything a capture's values depend on that ClaimCheck can
/// see without running the model. The file is named by a hash of this text, and its header repeats the text, compared
/// whole when the file is read (a hash collision, or a file copied under another name, is caught there).
/// </summary>
internal sealed class ActivationKey
{
    private ActivationKey(string text)
    {
        Text = text;
        FileStem = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..32];
    }

    /// <summary>The key, one "name: value" line per part.</summary>
    public string Text { get; }

    /// <summary>The entry's file name without extension: 32 hex digits of the key's SHA-256.</summary>
    public string FileStem { get; }

    /// <summary>
    /// The key of <paramref name="layer"/>'s activations, reduced by <paramref name="reduction"/>, on
    /// <paramref name="split"/>, captured from <paramref name="target"/>'s model, whose module tree has the fingerprint
    /// <paramref name="modelCode"/> (<see cref="ModelCodeFingerprint"/>).
    /// </summary>
    public static ActivationKey For(AuditTarget target, string modelCode, DataSplit split, string layer, Reduction reduction)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(split);
        var text = new StringBuilder()
            .Append("format: ").Append(ActivationFileLayout.FormatVersion.ToString(CultureInfo.InvariantCulture)).Append('\n')
            .Append("model: ").Append(target.ModelFingerprint).Append('\n')
            .Append("model code: ").Append(modelCode).Append('\n')
            // The capture's own code (hooks, reductions, batching) is ClaimCheck's: another build may reduce differently.
            .Append("claimcheck: ").Append(typeof(ActivationKey).Module.ModuleVersionId.ToString("N")).Append('\n')
            // A GPU and a CPU, or another batch size or thread count, may round the same model differently.
            .Append("device: ").Append(target.Device.type.ToString().ToLowerInvariant()).Append('\n')
            .Append("threads: ").Append(torch.get_num_threads().ToString(CultureInfo.InvariantCulture)).Append('\n')
            .Append("batch: ").Append(Math.Max(1, target.BatchSize).ToString(CultureInfo.InvariantCulture)).Append('\n')
            .Append("data: ").Append(split.Fingerprint).Append('\n')
            .Append("rows: ").Append(split.Count.ToString(CultureInfo.InvariantCulture)).Append('\n')
            .Append("layer: ").Append(layer).Append('\n')
            .Append("reduction: ").Append(reduction.ToString()).Append('\n');
        LayerLayout layout = target.LayoutOf(layer);
        if (layout.IsUnitsLast)
        {
            // Only layouts other than the default are spelled out, so keys written before layouts existed still match.
            text.Append("layout: ").Append(layout.Name).Append('\n');
        }

        return new ActivationKey(text.ToString());
    }

    /// <summary>The value of the line <paramref name="name"/> in a key's text, or null (the CLI lists entries with it).</summary>
    public static string? Part(string keyText, string name)
    {
        ArgumentNullException.ThrowIfNull(keyText);
        string prefix = name + ": ";
        foreach (string line in keyText.Split('\n'))
        {
            if (line.StartsWith(prefix, StringComparison.Ordinal))
            {
                return line[prefix.Length..];
            }
        }

        return null;
    }
}
