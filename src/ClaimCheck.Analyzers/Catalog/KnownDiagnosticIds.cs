using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;

namespace ClaimCheck.Analyzers;

/// <summary>
/// The whole ClaimCheck catalog: the constants of <see cref="DiagnosticIds"/> and of the kinds of evidence that define
/// their own (<see cref="Evidence.Steering.SteeringDiagnosticIds"/>), the core's own files compiled into the analyzers,
/// so this list cannot drift from the run time's.
/// </summary>
public static class KnownDiagnosticIds
{
    /// <summary>Every ID of the catalog, in order.</summary>
    public static readonly ImmutableArray<string> All = new[] { typeof(DiagnosticIds), typeof(Evidence.Steering.SteeringDiagnosticIds) }
        .SelectMany(catalog => catalog.GetFields(BindingFlags.Public | BindingFlags.Static))
        .Where(field => field.IsLiteral && field.FieldType == typeof(string))
        .Select(field => (string)field.GetRawConstantValue()!)
        .OrderBy(id => id, StringComparer.Ordinal)
        .ToImmutableArray();

    private static readonly ImmutableHashSet<string> Set = ImmutableHashSet.CreateRange(StringComparer.Ordinal, All);

    /// <summary>Whether <paramref name="id"/> is in the catalog (IDs are upper case; "clm1201" is not one).</summary>
    public static bool Contains(string id) => Set.Contains(id);

    /// <summary>
    /// The catalog ID one typing slip away from <paramref name="id"/> (one character changed, inserted, removed, or
    /// two neighbours swapped; case ignored), when exactly one is.
    /// </summary>
    public static string? NearestTo(string id)
    {
        string? found = null;
        foreach (string known in All)
        {
            if (OneSlipApart(id.ToUpperInvariant(), known))
            {
                if (found is not null)
                {
                    return null;
                }

                found = known;
            }
        }

        return found;
    }

    private static bool OneSlipApart(string a, string b)
    {
        if (string.Equals(a, b, StringComparison.Ordinal))
        {
            return true;
        }

        if (a.Length == b.Length)
        {
            var differences = new List<int>();
            for (int i = 0; i < a.Length && differences.Count <= 2; i++)
            {
                if (a[i] != b[i])
                {
                    differences.Add(i);
                }
            }

            return differences.Count == 1
                || (differences.Count == 2 && differences[1] == differences[0] + 1
                    && a[differences[0]] == b[differences[1]] && a[differences[1]] == b[differences[0]]);
        }

        if (Math.Abs(a.Length - b.Length) != 1)
        {
            return false;
        }

        string shorter = a.Length < b.Length ? a : b;
        string longer = a.Length < b.Length ? b : a;
        for (int skip = 0; skip < longer.Length; skip++)
        {
            if (string.Equals(longer.Remove(skip, 1), shorter, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
