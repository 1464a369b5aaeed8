using System.Text.Json;
using System.Text.Json.Serialization;

namespace ClaimCheck.Reports;

/// <summary>The seeds a verdict document's random draws derive from: the run's, the claim's, and each kind of evidence's.</summary>
public sealed record DocumentSeeds
{
    /// <summary>The run seed the claim declares.</summary>
    public required ulong Run { get; init; }

    /// <summary>The claim's seed (run seed mixed with the claim's ID) as 16 hex digits.</summary>
    public required string Claim { get; init; }

    /// <summary>The seeds each kind of evidence drew from, by key (e.g. "null", "ablation"), as the kinds write them.</summary>
    // Extension data: the kinds own their keys, and a seed written as null (held-out evidence not measured) stays.
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Evidence { get; set; }
}
