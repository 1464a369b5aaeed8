using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace ClaimCheck.Analyzers;

/// <summary>
/// The whole ClaimCheck catalog (<c>ClaimCheck.Verdicts.DiagnosticIds</c>), embedded because an analyzer cannot
/// reference the net10.0 core. A test keeps this list equal to the catalog's constants.
/// </summary>
public static class KnownDiagnosticIds
{
    /// <summary>Every ID of the catalog.</summary>
    public static readonly ImmutableArray<string> All =
    [
        // CLM0xxx: claim declarations.
        "CLM0001", "CLM0002", "CLM0003", "CLM0004", "CLM0005", "CLM0006", "CLM0007",
        "CLM0010", "CLM0011", "CLM0012", "CLM0013", "CLM0014", "CLM0015",

        // CLM1xxx: held-out evidence.
        "CLM1001", "CLM1002", "CLM1101", "CLM1102", "CLM1103", "CLM1201", "CLM1202", "CLM1203", "CLM1301", "CLM1302",

        // CLM2xxx: targeted edits.
        "CLM2001", "CLM2002", "CLM2003", "CLM2004", "CLM2101", "CLM2102", "CLM2103",

        // CLM3xxx: ablation.
        "CLM3001", "CLM3002", "CLM3003", "CLM3101", "CLM3201", "CLM3202", "CLM3203", "CLM3204", "CLM3205",

        // CLM4xxx: snapshots and configuration.
        "CLM4001", "CLM4002", "CLM4003", "CLM4004", "CLM4005", "CLM4006", "CLM4101", "CLM4102",

        // CLM5xxx: bad input.
        "CLM5001", "CLM5002", "CLM5003", "CLM5004", "CLM5005", "CLM5006", "CLM5007", "CLM5008", "CLM5009", "CLM5010",
        "CLM5011", "CLM5012", "CLM5013",
    ];

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
