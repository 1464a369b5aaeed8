using System.Security.Cryptography;
using System.Runtime.InteropServices;
using ClaimCheck.Diagnostics;
using ClaimCheck.Targets;
using static TorchSharp.torch;

namespace ClaimCheck.Capture.Tokens;

/// <summary>
/// A token stream cut into sequences of one length, each with the document it came from: what a
/// <see cref="TokenCapture"/> runs through the model, one sequence per row of a batch. Every position of every sequence
/// becomes one row of the captured matrix, sequence after sequence (<see cref="TokenRows"/>).
/// </summary>
/// <example>
/// <code>
/// // 1,024 tokens of one file as eight sequences of the model's context of 128.
/// var sequences = TokenSequences.Of(tokens, sequenceLength: 128, documents: [.. Enumerable.Repeat("ast.py", 8)]);
/// </code>
/// </example>
public sealed class TokenSequences
{
    private readonly long[]? _tokens;
    private readonly DataSplit? _split;
    private readonly string[] _documents;
    private string? _fingerprint;

    private TokenSequences(long[]? tokens, DataSplit? split, int count, int sequenceLength, string[] documents)
    {
        _tokens = tokens;
        _split = split;
        Count = count;
        SequenceLength = sequenceLength;
        _documents = documents;
    }

    /// <summary>Number of sequences.</summary>
    public int Count { get; }

    /// <summary>Tokens per sequence (every sequence has this many).</summary>
    public int SequenceLength { get; }

    /// <summary>Tokens in all (the rows a capture writes per layer).</summary>
    public long Tokens => (long)Count * SequenceLength;

    /// <summary>The document of each sequence, one entry per sequence; equal names, equal documents.</summary>
    public IReadOnlyList<string> Documents => _documents;

    /// <summary>
    /// <paramref name="tokens"/> (token ids, one after another) cut into sequences of <paramref name="sequenceLength"/>,
    /// fed to the model as int64 (what an embedding takes).
    /// </summary>
    /// <param name="tokens">The token ids; their number must be a multiple of <paramref name="sequenceLength"/>.</param>
    /// <param name="sequenceLength">Tokens per sequence, at most the model's context.</param>
    /// <param name="documents">The document of each sequence; null: each sequence is a document of its own.</param>
    /// <exception cref="ClaimCheckException">CLM5012 when the tokens are no whole number of sequences or the documents do not fit.</exception>
    public static TokenSequences Of(long[] tokens, int sequenceLength, IReadOnlyList<string>? documents = null)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        if (sequenceLength <= 0)
        {
            throw Rejected($"a sequence length of {sequenceLength} holds no tokens; it must be at least 1");
        }

        if (tokens.Length == 0 || tokens.Length % sequenceLength != 0)
        {
            throw Rejected($"{tokens.Length} tokens are not a whole, non-zero number of sequences of {sequenceLength}: cut or pad the stream to a multiple of the sequence length");
        }

        int count = tokens.Length / sequenceLength;
        return new TokenSequences((long[])tokens.Clone(), null, count, sequenceLength, DocumentsFor(count, documents));
    }

    /// <summary>Sequences given one by one; all must have the same length (a token capture batches them).</summary>
    /// <param name="sequences">The sequences of token ids, fed to the model as int64.</param>
    /// <param name="documents">The document of each sequence; null: each sequence is a document of its own.</param>
    /// <exception cref="ClaimCheckException">CLM5012 when there are none, when their lengths differ, or the documents do not fit.</exception>
    public static TokenSequences FromSequences(IReadOnlyList<long[]> sequences, IReadOnlyList<string>? documents = null)
    {
        ArgumentNullException.ThrowIfNull(sequences);
        if (sequences.Count == 0 || sequences[0] is null || sequences[0].Length == 0)
        {
            throw Rejected("there are no sequences, or the first is empty: a token capture needs at least one token");
        }

        int length = sequences[0].Length;
        for (int i = 1; i < sequences.Count; i++)
        {
            if (sequences[i] is null || sequences[i].Length != length)
            {
                throw Rejected($"the sequences are ragged: sequence 0 holds {length} tokens, sequence {i} holds {sequences[i]?.Length ?? 0}; cut or pad them to one length (a batch is one [sequences, length] tensor)");
            }
        }

        if ((long)sequences.Count * length > int.MaxValue)
        {
            throw Rejected($"{sequences.Count} sequences of {length} tokens are more tokens than one array holds; capture them in parts");
        }

        var tokens = new long[sequences.Count * length];
        for (int i = 0; i < sequences.Count; i++)
        {
            sequences[i].CopyTo(tokens, i * length);
        }

        return new TokenSequences(tokens, null, sequences.Count, length, DocumentsFor(sequences.Count, documents));
    }

    /// <summary>
    /// The examples of <paramref name="split"/> as sequences: each example (of shape [length]) is one sequence of token
    /// ids, fed to the model as float32, exactly as the split's captures feed it, and its document is the split's
    /// document for that example (<see cref="DataSplit.Documents"/>), else the example itself.
    /// </summary>
    /// <exception cref="ClaimCheckException">CLM5012 when the split's examples are not one-dimensional.</exception>
    public static TokenSequences FromSplit(DataSplit split)
    {
        ArgumentNullException.ThrowIfNull(split);
        if (split.ExampleShape.Count != 1)
        {
            throw Rejected($"split '{split.Name}' holds examples of shape [{string.Join(", ", split.ExampleShape)}]; a token capture reads each example as one sequence of token ids, shape [length]");
        }

        return new TokenSequences(null, split, split.Count, split.ValuesPerExample, DocumentsFor(split.Count, split.Documents));
    }

    /// <summary>A SHA-256 of the sequences' length and tokens, written into each captured file's key.</summary>
    internal string Fingerprint => _fingerprint ??= ComputeFingerprint();

    /// <summary>Sequences [<paramref name="first"/>, <paramref name="first"/> + <paramref name="count"/>) as a [count, length] tensor on the CPU.</summary>
    internal Tensor Batch(int first, int count)
    {
        int from = first * SequenceLength, length = count * SequenceLength;
        long[] shape = [count, SequenceLength];
        return _tokens is not null
            ? tensor(_tokens.AsSpan(from, length).ToArray(), shape)
            : tensor(_split!.Values.Slice(from, length).ToArray(), shape);
    }

    private string ComputeFingerprint()
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(BitConverter.GetBytes(SequenceLength));
        if (_tokens is not null)
        {
            hash.AppendData(MemoryMarshal.AsBytes(_tokens.AsSpan()));
        }
        else
        {
            hash.AppendData(MemoryMarshal.AsBytes(_split!.Values));
        }

        return "sha256:" + Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
    }

    private static string[] DocumentsFor(int count, IReadOnlyList<string>? documents)
    {
        if (documents is null)
        {
            return [.. Enumerable.Range(0, count).Select(i => $"sequence {i}")];
        }

        if (documents.Count != count)
        {
            throw Rejected($"{count} sequences but {documents.Count} document names; each sequence needs exactly one");
        }

        int missing = documents.ToList().FindIndex(string.IsNullOrEmpty);
        if (missing >= 0)
        {
            throw Rejected($"sequence {missing} names no document; every sequence needs one");
        }

        return [.. documents];
    }

    private static ClaimCheckException Rejected(string why) =>
        new(DiagnosticIds.ModelRejectedInput, $"the token sequences cannot be captured: {why}");
}
