namespace ClaimCheck.Claims;

/// <summary>
/// An immutable map from an evidence kind's name to one value of that kind: the settings a claim demands, or the
/// evidence a claim measured. It compares by value, so records that hold one (a claim, a result) keep their value
/// equality, and it lets a new kind of evidence travel through the pipeline without a property of its own.
/// </summary>
internal sealed class EvidenceMap : IEquatable<EvidenceMap>
{
    private readonly KeyValuePair<string, object>[] _entries;

    private EvidenceMap(KeyValuePair<string, object>[] entries)
    {
        _entries = entries;
    }

    /// <summary>The map with nothing in it.</summary>
    public static EvidenceMap Empty { get; } = new([]);

    /// <summary>The value stored under <paramref name="kind"/>, or null.</summary>
    public T? Get<T>(string kind)
        where T : class
    {
        foreach (KeyValuePair<string, object> entry in _entries)
        {
            if (entry.Key == kind)
            {
                return (T)entry.Value;
            }
        }

        return null;
    }

    /// <summary>Whether a value is stored under <paramref name="kind"/>.</summary>
    public bool Has(string kind) => Array.Exists(_entries, e => e.Key == kind);

    /// <summary>The map with <paramref name="value"/> under <paramref name="kind"/> (removed when null).</summary>
    public EvidenceMap With(string kind, object? value)
    {
        KeyValuePair<string, object>[] kept = [.. _entries.Where(e => e.Key != kind)];
        return value is null ? new EvidenceMap(kept) : new EvidenceMap([.. kept, KeyValuePair.Create(kind, value)]);
    }

    /// <inheritdoc/>
    public bool Equals(EvidenceMap? other) =>
        other is not null && other._entries.Length == _entries.Length
        && _entries.All(e => other._entries.Any(o => o.Key == e.Key && Equals(o.Value, e.Value)));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as EvidenceMap);

    /// <inheritdoc/>
    public override int GetHashCode() => _entries.Aggregate(0, (hash, e) => hash ^ HashCode.Combine(e.Key, e.Value));
}
