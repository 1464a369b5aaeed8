using TorchSharp;
using static TorchSharp.torch;

namespace ClaimCheck.Weights;

/// <summary>
/// Loads weights into a module by name, with checks that turn every way a file can be wrong into a diagnostic:
/// missing (CLM5060), truncated (CLM5061), malformed or hostile (CLM5062), an unloadable dtype (CLM5063), another
/// architecture's shapes (CLM5064) or names (CLM5065), NaN or infinite values (CLM5066). Reads safetensors (what
/// PyTorch users export) and TorchSharp's own <c>module.save</c> format. All or nothing: on any error the module keeps
/// the values it had.
/// </summary>
/// <example>
/// <code>
/// var model = new MyNet();
/// WeightsReport report = ModelWeights.Load(model, "weights/my-net.safetensors");
/// </code>
/// </example>
public static class ModelWeights
{
    /// <summary>Loads the file at <paramref name="path"/> into <paramref name="module"/>'s parameters and buffers.</summary>
    /// <param name="module">The module; its state-dict names and shapes decide what the file must hold.</param>
    /// <param name="path">The weights file.</param>
    /// <param name="options">The format and what is allowed; defaults when null.</param>
    /// <exception cref="Diagnostics.ClaimCheckException">CLM5060–CLM5066, as above.</exception>
    public static WeightsReport Load(nn.Module module, string path, WeightsOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(module);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        string full = Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            throw WeightsErrors.Missing(full, "it is a folder, not a file");
        }

        FileStream stream;
        try
        {
            stream = new FileStream(full, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw WeightsErrors.Missing(full, "the file does not exist (a path relative to the wrong working directory, or weights not yet exported?)");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw WeightsErrors.Missing(full, $"it cannot be opened ({e.Message})");
        }

        using (stream)
        {
            return Load(module, stream, full, options);
        }
    }

    /// <summary>Loads weights from a seekable <paramref name="stream"/> (an embedded resource, say) named <paramref name="sourceName"/> in messages.</summary>
    /// <param name="module">The module; its state-dict names and shapes decide what the stream must hold.</param>
    /// <param name="stream">The weights, readable and seekable.</param>
    /// <param name="sourceName">The name shown in diagnostics; with <see cref="WeightsFormat.Auto"/>, its extension picks the format.</param>
    /// <param name="options">The format and what is allowed; defaults when null.</param>
    /// <exception cref="Diagnostics.ClaimCheckException">CLM5061–CLM5066, as above.</exception>
    public static WeightsReport Load(nn.Module module, Stream stream, string sourceName, WeightsOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(module);
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceName);
        if (!stream.CanRead || !stream.CanSeek)
        {
            throw new ArgumentException("the weights stream must be readable and seekable", nameof(stream));
        }

        options ??= new WeightsOptions();
        WeightsFormat format = FormatOf(sourceName, options.Format);
        IReadOnlyList<StoredTensor> index = format == WeightsFormat.Safetensors
            ? SafetensorsIndex.Read(stream, sourceName)
            : TorchSharpIndex.Read(stream, sourceName);
        Dictionary<string, Tensor> state = module.state_dict();
        WeightsMatcher.Require(index, state, sourceName);
        return WeightsCopier.Copy(index, state, stream, sourceName, format, options);
    }

    /// <summary>The format <paramref name="requested"/> names, or for Auto the one <paramref name="sourceName"/>'s extension implies.</summary>
    public static WeightsFormat FormatOf(string sourceName, WeightsFormat requested) =>
        requested != WeightsFormat.Auto ? requested
        : sourceName.EndsWith(".safetensors", StringComparison.OrdinalIgnoreCase) ? WeightsFormat.Safetensors
        : WeightsFormat.TorchSharp;
}
