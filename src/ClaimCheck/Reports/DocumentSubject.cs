using System.Text.Json.Serialization;
using ClaimCheck.Claims;

namespace ClaimCheck.Reports;

/// <summary>The subject of a verdict document: its description, its layer, what it is within the layer, and how it is reduced.</summary>
/// <param name="Description">The subject in words, e.g. "unit 3 of bottleneck".</param>
/// <param name="Layer">The layer.</param>
public sealed record DocumentSubject(string Description, string Layer)
{
    /// <summary>The unit, for a unit subject.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Unit { get; init; }

    /// <summary>The units, for a unit-set subject.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<int>? Units { get; init; }

    /// <summary>The direction's name, for a direction subject.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Direction { get; init; }

    /// <summary>The sparse autoencoder's name, for a latent subject.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Autoencoder { get; init; }

    /// <summary>The latent, for a latent subject.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Latent { get; init; }

    /// <summary>How activations over positions are reduced, in lower case (e.g. "mean").</summary>
    public required string Reduction { get; init; }

    /// <summary>The document's form of <paramref name="subject"/>.</summary>
    internal static DocumentSubject Of(Subject subject)
    {
        var node = new DocumentSubject(subject.Describe(), subject.Layer) { Reduction = subject.Reduction.ToString().ToLowerInvariant() };
        return subject switch
        {
            UnitSubject unit => node with { Unit = unit.Unit },
            UnitSetSubject set => node with { Units = set.Units },
            DirectionSubject direction => node with { Direction = direction.Name },
            LatentSubject latent => node with { Autoencoder = latent.Autoencoder, Latent = latent.Latent },
            _ => node,
        };
    }
}
