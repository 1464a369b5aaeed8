using System.Text;
using ClaimCheck.Capture.Disk;
using ClaimCheck.Diagnostics;
using ClaimCheck.Targets;
using TorchSharp;
using static TorchSharp.torch;

namespace ClaimCheck.Capture.Tokens;

/// <summary>
/// Captures sequence layers at every token: runs each sequence through the model once, batch by batch, with a forward
/// hook on each layer asked for, and writes every position's unit vector as one row of [tokens, units] straight to an
/// activation file per layer (the activation store's format). Token-level claims read one window per token; this is the
/// other mode, for exploring or training on every token of a large corpus: one pass, every position kept, and in memory
/// only one batch of each layer's output and one block of each file, whatever the number of tokens or layers.
/// </summary>
/// <example>
/// <code>
/// TokenCaptureResult captured = TokenCapture.Run(target, TokenSequences.FromSplit(target.Split("training")),
///     ["blocks.0.mlp.act", "blocks.1.mlp.act"], "/tmp/tokens");
/// ActivationMatrix neurons = captured.Layer("blocks.1.mlp.act").Matrix;   // [tokens, 512], read in place
/// int[] documents = captured.Rows.Documents();                          // each row's document
/// </code>
/// </example>
public static class TokenCapture
{
    /// <summary>The extension of a token capture's files.</summary>
    public const string FileExtension = ".tokens.activations";

    /// <summary>
    /// Captures <paramref name="layers"/> of <paramref name="target"/>'s model on <paramref name="sequences"/> in one
    /// pass, on the target's device, <see cref="AuditTarget.BatchSize"/> sequences per forward pass, each layer laid out
    /// as <see cref="AuditTarget.LayoutOf"/> says; one file per layer in <paramref name="folder"/> (created when missing,
    /// an earlier capture's file of the same layer replaced).
    /// </summary>
    /// <exception cref="ClaimCheckException">
    /// CLM5001: a layer is unknown, did not run, or is no sequence layer; CLM5012: the model rejected a batch; CLM5005: a
    /// non-finite activation; CLM4103: the folder cannot be written.
    /// </exception>
    public static TokenCaptureResult Run(AuditTarget target, TokenSequences sequences, IReadOnlyList<string> layers, string folder)
    {
        ArgumentNullException.ThrowIfNull(target);
        lock (ModelGate.For(target.Model))
        {
            target.Prepare();
            return Capture(target.Model, target.Device, target.LayoutOf, sequences, layers, folder, Math.Max(1, target.BatchSize), ActivationFileLayout.DefaultBlockRows);
        }
    }

    /// <summary>
    /// Captures <paramref name="layers"/> of <paramref name="model"/> (put in eval mode, run on the device of its
    /// parameters) on <paramref name="sequences"/> in one pass; one file per layer in <paramref name="folder"/>.
    /// </summary>
    /// <param name="model">The model; a batch is a [sequences, length] tensor of token ids.</param>
    /// <param name="sequences">The tokens.</param>
    /// <param name="layers">The layers' dotted module paths.</param>
    /// <param name="folder">Where the files go (created when missing).</param>
    /// <param name="layoutOf">Where each layer's units are; null: units last ([batch, sequence, units]), a transformer's layout.</param>
    /// <param name="batchSize">Sequences per forward pass.</param>
    /// <exception cref="ClaimCheckException">As for the overload that takes a target.</exception>
    public static TokenCaptureResult Run(
        nn.Module<Tensor, Tensor> model, TokenSequences sequences, IReadOnlyList<string> layers, string folder,
        Func<string, LayerLayout>? layoutOf = null, int batchSize = 64)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        lock (ModelGate.For(model))
        {
            model.eval();
            Device device = model.parameters().FirstOrDefault()?.device ?? CPU;
            return Capture(model, device, layoutOf ?? (_ => LayerLayout.UnitsLast), sequences, layers, folder, batchSize, ActivationFileLayout.DefaultBlockRows);
        }
    }

    /// <summary>The capture itself, with the file's rows per block as a parameter (tests use small blocks).</summary>
    internal static TokenCaptureResult Capture(
        nn.Module<Tensor, Tensor> model, Device device, Func<string, LayerLayout> layoutOf, TokenSequences sequences,
        IReadOnlyList<string> layers, string folder, int batchSize, int blockRows)
    {
        ArgumentNullException.ThrowIfNull(sequences);
        ArgumentNullException.ThrowIfNull(layers);
        ArgumentNullException.ThrowIfNull(folder);
        RequireLayers(layers);
        CreateFolder(folder);
        string[] paths = FileNames(layers).Select(name => Path.Combine(folder, name)).ToArray();
        var files = new List<TokenLayerFile>();
        try
        {
            for (int i = 0; i < layers.Count; i++)
            {
                files.Add(new TokenLayerFile(model, layers[i], layoutOf(layers[i]), sequences, paths[i], blockRows));
            }

            RunBatches(model, device, sequences, files, batchSize);
            long buffered = files.Sum(f => f.BufferedValues);
            TokenLayerActivations[] captured = [.. files.Select(f => f.Complete())];
            return new TokenCaptureResult(new TokenRows(sequences), captured, buffered);
        }
        finally
        {
            foreach (TokenLayerFile file in files)
            {
                file.Dispose();
            }
        }
    }

    private static void RunBatches(nn.Module<Tensor, Tensor> model, Device device, TokenSequences sequences, List<TokenLayerFile> files, int batchSize)
    {
        for (int first = 0; first < sequences.Count; first += batchSize)
        {
            int count = Math.Min(batchSize, sequences.Count - first);
            foreach (TokenLayerFile file in files)
            {
                file.Begin(count);
            }

            using (var scope = NewDisposeScope())
            using (var inference = inference_mode())
            {
                Tensor input = sequences.Batch(first, count).to(device);
                try
                {
                    model.call(input);
                }
                catch (Exception e) when (e is ArgumentException or InvalidOperationException or System.Runtime.InteropServices.ExternalException)
                {
                    throw new ClaimCheckException(DiagnosticIds.ModelRejectedInput,
                        $"the model rejected sequences {first}–{first + count - 1} ({count} of {sequences.SequenceLength} tokens, batch shape [{count}, {sequences.SequenceLength}]): {e.Message}", e);
                }
            }

            foreach (TokenLayerFile file in files)
            {
                file.Flush((long)first * sequences.SequenceLength);
            }
        }
    }

    private static void RequireLayers(IReadOnlyList<string> layers)
    {
        if (layers.Count == 0)
        {
            throw new ClaimCheckException(DiagnosticIds.UnknownLayer, "a token capture was asked for no layer; name at least one");
        }

        string? twice = layers.GroupBy(l => l, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1)?.Key;
        if (twice is not null)
        {
            throw new ClaimCheckException(DiagnosticIds.UnknownLayer, $"layer '{twice}' is named more than once in one token capture; name each layer once");
        }
    }

    private static void CreateFolder(string folder)
    {
        try
        {
            if (File.Exists(folder))
            {
                throw new IOException("a file stands where the folder should be");
            }

            Directory.CreateDirectory(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new ClaimCheckException(DiagnosticIds.ActivationCacheUnusable, $"the token capture cannot write to the folder {folder}: {e.Message}", e);
        }
    }

    /// <summary>One file name per layer: the path with characters other than letters, digits, '.', '-' and '_' replaced, made unique.</summary>
    private static string[] FileNames(IReadOnlyList<string> layers)
    {
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var names = new string[layers.Count];
        for (int i = 0; i < layers.Count; i++)
        {
            var safe = new StringBuilder(layers[i].Length);
            foreach (char c in layers[i])
            {
                safe.Append(char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_');
            }

            string stem = safe.Length == 0 ? "layer" : safe.ToString();
            string name = stem + FileExtension;
            for (int n = 2; !taken.Add(name); n++)
            {
                name = $"{stem}-{n}{FileExtension}";
            }

            names[i] = name;
        }

        return names;
    }
}
