using ClaimCheck.Diagnostics;
using ClaimCheck.Reports;
using ClaimCheck.Running;
using ClaimCheck.Snapshots;
using ClaimCheck.Verdicts;

namespace ClaimCheck.Cli.Selection;

/// <summary>
/// Chooses claims by name, world (audit target type) and verdict. Values of one filter are alternatives; different
/// filters must all hold. The verdict filter reads the verdict the claim's verified snapshot records, which is what
/// the repository currently says about it; a claim with no verified snapshot matches the verdict <c>new</c>.
/// </summary>
/// <param name="Names">Name patterns over the claim ID (<see cref="NamePattern"/>).</param>
/// <param name="Worlds">Audit target type names (simple or full, case ignored).</param>
/// <param name="Verdicts">Verdicts (Holds, Brittle, Refuted, Inconclusive, or new), case ignored.</param>
internal sealed record ClaimFilter(IReadOnlyList<string> Names, IReadOnlyList<string> Worlds, IReadOnlyList<string> Verdicts)
{
    /// <summary>The verdict-filter value for claims that have no verified snapshot yet.</summary>
    public const string New = "new";

    /// <summary>The verdict-filter values people may type.</summary>
    public static readonly string[] VerdictChoices = [.. Enum.GetNames<Verdict>(), New];

    /// <summary>Whether any filter is set.</summary>
    public bool IsEmpty => Names.Count == 0 && Worlds.Count == 0 && Verdicts.Count == 0;

    /// <summary>The claims of <paramref name="claims"/> the filters select, in catalog order.</summary>
    /// <exception cref="ClaimCheckException">CLM4204 when the catalog is empty, a world is unknown, or nothing is selected.</exception>
    public IReadOnlyList<CatalogedClaim> Apply(IReadOnlyList<CatalogedClaim> claims, string assemblyPath)
    {
        if (claims.Count == 0)
        {
            throw new ClaimCheckException(DiagnosticIds.NoClaimSelected,
                $"{assemblyPath} declares no claim (no method carries [Claim])");
        }

        string[] knownWorlds = claims.Where(c => c.TargetType is not null).Select(c => c.TargetType!.Name).Distinct().Order(StringComparer.Ordinal).ToArray();
        string? unknownWorld = Worlds.FirstOrDefault(w => !claims.Any(c => IsWorld(c, w)));
        if (unknownWorld is not null)
        {
            throw new ClaimCheckException(DiagnosticIds.NoClaimSelected,
                $"no claim of {Path.GetFileName(assemblyPath)} is about the world '{unknownWorld}'; its worlds are: {(knownWorlds.Length == 0 ? "none" : string.Join(", ", knownWorlds))}");
        }

        NamePattern[] names = Names.Select(n => new NamePattern(n)).ToArray();
        CatalogedClaim[] selected = claims
            .Where(c => NamePattern.AnyMatches(names, c.Id))
            .Where(c => Worlds.Count == 0 || Worlds.Any(w => IsWorld(c, w)))
            .Where(c => Verdicts.Count == 0 || Verdicts.Contains(RecordedVerdict(c), StringComparer.OrdinalIgnoreCase))
            .ToArray();
        if (selected.Length == 0)
        {
            throw new ClaimCheckException(DiagnosticIds.NoClaimSelected,
                $"no claim of {Path.GetFileName(assemblyPath)} matches {Describe()}; its claims are: {string.Join(", ", claims.Select(c => c.Id))}");
        }

        return selected;
    }

    /// <summary>The filters in words, for messages.</summary>
    public string Describe()
    {
        var parts = new List<string>();
        if (Names.Count > 0)
        {
            parts.Add($"name {string.Join(" or ", Names)}");
        }

        if (Worlds.Count > 0)
        {
            parts.Add($"world {string.Join(" or ", Worlds)}");
        }

        if (Verdicts.Count > 0)
        {
            parts.Add($"recorded verdict {string.Join(" or ", Verdicts)}");
        }

        return parts.Count == 0 ? "no filter" : string.Join(" and ", parts);
    }

    /// <summary>The verdict the claim's verified snapshot records, or <see cref="New"/> when it has none (or it cannot be read).</summary>
    public static string RecordedVerdict(CatalogedClaim claim)
    {
        if (!File.Exists(claim.VerifiedPath))
        {
            return New;
        }

        try
        {
            return VerdictDocument.Parse(File.ReadAllText(claim.VerifiedPath), claim.VerifiedPath).Verdict.ToString();
        }
        catch (Exception e) when (e is ClaimCheckException or IOException)
        {
            // A malformed snapshot records no verdict; running the claim reports it (CLM4003).
            return New;
        }
    }

    private static bool IsWorld(CatalogedClaim claim, string world) =>
        claim.TargetType is { } type
        && (string.Equals(type.Name, world, StringComparison.OrdinalIgnoreCase) || string.Equals(type.FullName, world, StringComparison.OrdinalIgnoreCase));
}
