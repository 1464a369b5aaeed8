using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace ClaimCheck.Reports;

/// <summary>The seeds a verdict document's random draws derive from: the run's, the claim's, and each kind of evidence's.</summary>
/// <param name="Run">The run seed the claim declares.</param>
/// <param name="Claim">The claim's seed (run seed mixed with the claim's ID) as 16 hex digits.</param>
public sealed record DocumentSeeds(ulong Run, string Claim)
{
    /// <summary>The seeds each kind of evidence drew from, by key (e.g. "null", "ablation"), as the kinds write them.</summary>
    [JsonExtensionData]
    public JsonObject? Evidence { get; init; }
}
