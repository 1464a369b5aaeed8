using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using ClaimCheck.Diagnostics;

namespace ClaimCheck.Evidence;

/// <summary>
/// The distributions behind a verdict's figures, in compact form for plots, one entry per kind of evidence measured
/// (e.g. the subject's activations binned by concept present and absent, each null sample a p-value was counted
/// against). Each kind writes and reads its own entry, under its own key and through its own typed record (e.g.
/// <c>AblationPlot.In</c>), so this container knows no kind; only the full-precision document carries it.
/// </summary>
public sealed record EvidencePlots
{
    /// <summary>The entries by kind key (e.g. "heldOut", "ablation"), in the order the kinds wrote them.</summary>
    // Extension data: the kinds own their keys, and the document's JSON holds each entry at the top of "plotData".
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Entries { get; set; }

    /// <summary>Whether no kind wrote an entry.</summary>
    [JsonIgnore]
    public bool IsEmpty => Entries is null or { Count: 0 };

    /// <summary>A copy with <paramref name="plot"/> as the entry <paramref name="key"/>, written through <paramref name="type"/>.</summary>
    public EvidencePlots With<T>(string key, T plot, JsonTypeInfo<T> type)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        ArgumentNullException.ThrowIfNull(type);
        var entries = new Dictionary<string, JsonElement>(Entries ?? [], StringComparer.Ordinal)
        {
            [key] = JsonSerializer.SerializeToElement(plot, type),
        };
        return this with { Entries = entries };
    }

    /// <summary>The entry <paramref name="key"/> read through <paramref name="type"/>, or the default when there is none.</summary>
    /// <exception cref="ClaimCheckException">CLM4252 when the entry is not of the kind's shape.</exception>
    public T? Get<T>(string key, JsonTypeInfo<T> type)
    {
        ArgumentNullException.ThrowIfNull(type);
        if (Entries is null || !Entries.TryGetValue(key, out JsonElement entry))
        {
            return default;
        }

        try
        {
            return entry.Deserialize(type);
        }
        catch (JsonException e)
        {
            throw new ClaimCheckException(DiagnosticIds.ClaimResultUnreadable, $"the plot data's '{key}' entry is not of its kind's shape: {e.Message}", e);
        }
    }
}
