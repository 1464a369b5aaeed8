using ClaimCheck.Diagnostics;

namespace ClaimCheck.Targets;

/// <summary>One split a split builder (<see cref="ExamplePool"/>) cuts: its name, role and share of the examples.</summary>
/// <param name="Name">The split's name.</param>
/// <param name="Role">Discovery or held-out.</param>
/// <param name="Fraction">Its share of the pool's examples, in (0, 1]; the shares of one cut add up to at most 1.</param>
public sealed record SplitShare(string Name, SplitRole Role, double Fraction)
{
    /// <summary>A discovery split of <paramref name="fraction"/> of the examples.</summary>
    public static SplitShare Discovery(double fraction, string name = "discovery") => new(name, SplitRole.Discovery, fraction);

    /// <summary>A held-out split of <paramref name="fraction"/> of the examples.</summary>
    public static SplitShare HeldOut(double fraction, string name = "held-out") => new(name, SplitRole.HeldOut, fraction);

    /// <summary>Checks a cut's shares: at least one, names unique, each in (0, 1], together at most 1; CLM5009 otherwise.</summary>
    internal static SplitShare[] Require(IEnumerable<SplitShare> shares)
    {
        ArgumentNullException.ThrowIfNull(shares);
        SplitShare[] all = [.. shares];
        if (all.Length == 0 || all.Any(s => s is null))
        {
            throw new ClaimCheckException(DiagnosticIds.MissingSplit, "a split builder needs at least one split share, and none may be null");
        }

        SplitShare? bad = all.FirstOrDefault(s => string.IsNullOrWhiteSpace(s.Name) || !(s.Fraction > 0 && s.Fraction <= 1));
        if (bad is not null)
        {
            throw new ClaimCheckException(DiagnosticIds.MissingSplit,
                $"split share '{bad.Name}' is {bad.Fraction}; each split needs a name and a share greater than 0 and at most 1");
        }

        string? duplicate = all.GroupBy(s => s.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1)?.Key;
        if (duplicate is not null)
        {
            throw new ClaimCheckException(DiagnosticIds.MissingSplit, $"two split shares are named '{duplicate}'");
        }

        double total = all.Sum(s => s.Fraction);
        if (total > 1 + 1e-9)
        {
            throw new ClaimCheckException(DiagnosticIds.MissingSplit,
                $"the split shares add up to {total:0.###}, more than all the examples; they may add up to at most 1");
        }

        return all;
    }
}
