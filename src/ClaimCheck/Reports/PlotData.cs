using System.Text.Json.Nodes;
using ClaimCheck.Evidence;
using ClaimCheck.Running;

namespace ClaimCheck.Reports;

/// <summary>
/// The distributions behind a verdict's figures, in compact form for plots, one entry per kind of evidence measured
/// (e.g. the subject's activations binned by concept present and absent, each null sample a p-value was counted
/// against). Only the full-precision document carries it: the snapshot reviewers read stays as it is.
/// </summary>
internal static class PlotData
{
    /// <summary>The plot data of <paramref name="result"/>, or null when no evidence was measured.</summary>
    public static JsonObject? Build(ClaimResult result)
    {
        var node = new JsonObject();
        foreach (IEvidenceKind kind in EvidenceKinds.All)
        {
            if (result.Measured.Get<object>(kind.Name) is { } measured && kind.PlotData(measured) is { } plot)
            {
                node[kind.Name] = plot;
            }
        }

        return node.Count == 0 ? null : node;
    }
}
