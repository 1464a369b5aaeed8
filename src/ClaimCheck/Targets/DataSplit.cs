using System.Security.Cryptography;
using ClaimCheck.Diagnostics;

namespace ClaimCheck.Targets;

/// <summary>
/// A named set of model inputs, kept as plain float32 values (row-major, one example after another) with the
/// labels that ship with the data. Plain arrays keep the data hashable and device-independent; batches become
/// tensors only while the model runs.
/// </summary>
public sealed class DataSplit
{
    private readonly float[] _values;
    private readonly Dictionary<string, bool[]> _labels;
    private string? _fingerprint;
    private ulong[]? _exampleHashes;
    private readonly IReadOnlyList<string>? _documents;
    private int[]? _documentIds;

    /// <summary>Creates a split.</summary>
    /// <param name="name">The split's name, e.g. <c>held-out</c>.</param>
    /// <param name="role">Discovery or held-out.</param>
    /// <param name="values">All inputs, row-major, <paramref name="exampleShape"/> per example.</param>
    /// <param name="exampleShape">The shape of one example, e.g. [1, 32, 32].</param>
    /// <param name="labels">Labels shipped with the data, by concept name, one per example.</param>
    public DataSplit(string name, SplitRole role, float[] values, long[] exampleShape, IReadOnlyDictionary<string, bool[]>? labels = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(exampleShape);
        long perExample = exampleShape.Aggregate(1L, (a, b) => a * b);
        if (perExample <= 0 || values.Length % perExample != 0)
        {
            throw new ClaimCheckException(DiagnosticIds.ModelRejectedInput,
                $"split '{name}' has {values.Length} values, which is not a whole number of examples of shape [{string.Join(", ", exampleShape)}]");
        }

        Name = name;
        Role = role;
        _values = values;
        ExampleShape = exampleShape.ToArray();
        ValuesPerExample = (int)perExample;
        Count = (int)(values.Length / perExample);
        _labels = new Dictionary<string, bool[]>(StringComparer.Ordinal);
        foreach ((string concept, bool[] column) in labels ?? new Dictionary<string, bool[]>())
        {
            if (column.Length != Count)
            {
                throw new ClaimCheckException(DiagnosticIds.ModelRejectedInput,
                    $"split '{name}' has {Count} examples but {column.Length} labels for '{concept}'");
            }

            _labels[concept] = column;
        }
    }

    /// <summary>The split's name.</summary>
    public string Name { get; }

    /// <summary>Discovery or held-out.</summary>
    public SplitRole Role { get; }

    /// <summary>Number of examples.</summary>
    public int Count { get; }

    /// <summary>The shape of one example.</summary>
    public IReadOnlyList<long> ExampleShape { get; }

    /// <summary>Number of float values per example.</summary>
    public int ValuesPerExample { get; }

    /// <summary>All inputs, row-major.</summary>
    public ReadOnlySpan<float> Values => _values;

    /// <summary>Labels shipped with the data, by concept name.</summary>
    public IReadOnlyDictionary<string, bool[]> Labels => _labels;

    /// <summary>
    /// The document each example came from (a file path, a URL, an id), or null when examples are independent (one
    /// image each). Examples of one document, e.g. the tokens of a source file, are dependent: held-out intervals then
    /// count documents, not examples, as the independent units, and no document may be in two splits
    /// (see docs/dependence.md). Set it when the split is made; it must have one entry per example.
    /// </summary>
    public IReadOnlyList<string>? Documents
    {
        get => _documents;
        init
        {
            if (value is not null && value.Count != Count)
            {
                throw new ClaimCheckException(DiagnosticIds.ModelRejectedInput,
                    $"split '{Name}' has {Count} examples but {value.Count} document names; each example needs exactly one");
            }

            if (value is not null && value.Any(string.IsNullOrEmpty))
            {
                throw new ClaimCheckException(DiagnosticIds.ModelRejectedInput,
                    $"split '{Name}' names no document for example {value.ToList().FindIndex(string.IsNullOrEmpty)}; every example needs one");
            }

            _documents = value?.ToArray();
        }
    }

    /// <summary>Each example's document as a number (equal numbers, equal documents), or null without documents.</summary>
    internal int[]? DocumentIds => _documents is null ? null : _documentIds ??= NumberDocuments(_documents);

    /// <summary>The values of example <paramref name="index"/>.</summary>
    public ReadOnlySpan<float> Example(int index) => _values.AsSpan(index * ValuesPerExample, ValuesPerExample);

    /// <summary>A SHA-256 fingerprint of the shape and values, so snapshots record exactly which data they came from.</summary>
    public string Fingerprint => _fingerprint ??= ComputeFingerprint();

    /// <summary>A 64-bit content hash per example, used to find examples shared between splits.</summary>
    public IReadOnlyList<ulong> ExampleHashes => _exampleHashes ??= ComputeExampleHashes();

    private static int[] NumberDocuments(IReadOnlyList<string> documents)
    {
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var ids = new int[documents.Count];
        for (int i = 0; i < ids.Length; i++)
        {
            if (!numbers.TryGetValue(documents[i], out int number))
            {
                number = numbers.Count;
                numbers.Add(documents[i], number);
            }

            ids[i] = number;
        }

        return ids;
    }

    private string ComputeFingerprint()
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (long dimension in ExampleShape)
        {
            hash.AppendData(BitConverter.GetBytes(dimension));
        }

        hash.AppendData(System.Runtime.InteropServices.MemoryMarshal.AsBytes(_values.AsSpan()));
        return "sha256:" + Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
    }

    private ulong[] ComputeExampleHashes()
    {
        var hashes = new ulong[Count];
        Span<byte> digest = stackalloc byte[32];
        for (int i = 0; i < Count; i++)
        {
            SHA256.HashData(System.Runtime.InteropServices.MemoryMarshal.AsBytes(Example(i)), digest);
            hashes[i] = BitConverter.ToUInt64(digest);
        }

        return hashes;
    }
}
