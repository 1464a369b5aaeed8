using System.Collections;
using ClaimCheck.Diagnostics;

namespace ClaimCheck.Targets;

/// <summary>The concepts an audit target knows, in a fixed order (so "also responds to" lists are stable).</summary>
public sealed class ConceptLibrary : IReadOnlyList<Concept>
{
    private readonly Concept[] _concepts;

    /// <summary>Creates a library; names must be unique.</summary>
    public ConceptLibrary(IEnumerable<Concept> concepts)
    {
        ArgumentNullException.ThrowIfNull(concepts);
        _concepts = concepts.ToArray();
        string? duplicate = _concepts.GroupBy(c => c.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1)?.Key;
        if (duplicate is not null)
        {
            throw new ArgumentException($"concept '{duplicate}' appears twice in the library", nameof(concepts));
        }
    }

    /// <inheritdoc />
    public int Count => _concepts.Length;

    /// <inheritdoc />
    public Concept this[int index] => _concepts[index];

    /// <summary>The concept named <paramref name="name"/>; CLM5008 when the library has none.</summary>
    public Concept this[string name] =>
        _concepts.FirstOrDefault(c => c.Name == name)
        ?? throw new ClaimCheckException(DiagnosticIds.UnknownConcept,
            $"concept '{name}' is not in the library; known concepts: {string.Join(", ", _concepts.Select(c => c.Name))}");

    /// <inheritdoc />
    public IEnumerator<Concept> GetEnumerator() => ((IEnumerable<Concept>)_concepts).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
