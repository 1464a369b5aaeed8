using ClaimCheck.Cli.Selection;
using ClaimCheck.Running;
using Spectre.Console;

namespace ClaimCheck.Cli.Commands;

/// <summary>The table <c>run --list</c> prints: the chosen claims, their world and the verdict their snapshot records.</summary>
internal static class ClaimList
{
    public static void Write(IAnsiConsole console, IReadOnlyList<CatalogedClaim> claims)
    {
        var table = new Table().Border(TableBorder.Rounded).Title("Chosen claims");
        table.AddColumns("Claim", "World", "Recorded verdict", "Claim text");
        foreach (CatalogedClaim claim in claims)
        {
            table.AddRow(
                Markup.Escape(claim.Id),
                Markup.Escape(claim.TargetType?.Name ?? "-"),
                Markup.Escape(ClaimFilter.RecordedVerdict(claim)),
                Markup.Escape(claim.Declaration?.Definition.Text ?? claim.Error?.ToString() ?? ""));
        }

        console.Write(table);
        console.MarkupLine($"{claims.Count} claim(s) chosen.");
    }
}
