using System.Text.Json.Nodes;
using static ClaimCheck.Reporting.Results.JsonRead;

namespace ClaimCheck.Reporting.Results;

/// <summary>
/// The headline figures of a verdict document, as each kind of evidence wrote them into the full-precision document
/// (e.g. per split the AUROC with its interval and null p, and the family-adjusted p where the claim is in a family).
/// The report needs to know no kind of evidence: a new kind's figures show up as it writes them.
/// </summary>
public static class KeyFigures
{
    /// <summary>The key figures of <paramref name="document"/>, in the order the evidence wrote them.</summary>
    public static IReadOnlyList<KeyFigure> Of(JsonObject document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return [.. Objects(document["keyFigures"]).Select(f => new KeyFigure(Text(f["evidence"]) ?? "?", Text(f["label"]) ?? "?", Text(f["value"]) ?? "n/a"))];
    }
}
