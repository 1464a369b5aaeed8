using System.Text.Json.Nodes;
using ClaimCheck.Claims;
using ClaimCheck.Evidence;
using ClaimCheck.Running;

namespace ClaimCheck.Reports;

/// <summary>
/// Turns a claim result into the snapshot document reviewers read: claim, subject, concept, verdict, diagnostics,
/// evidence with intervals, seeds and fingerprints; no timings, paths, device names or dates. Keys come in reading
/// order (what was claimed, what was decided, why), scores rounded to 2 decimals and p-values to 3.
/// </summary>
public static class VerdictDocument
{
    /// <summary>Builds the document; with <paramref name="fullPrecision"/> numbers are not rounded (for attachments).</summary>
    public static JsonObject Build(ClaimResult result, bool fullPrecision = false)
    {
        ArgumentNullException.ThrowIfNull(result);
        var round = new Rounding(fullPrecision);
        ClaimDefinition claim = result.Claim;
        var document = new JsonObject
        {
            ["claim"] = claim.Text,
            ["id"] = claim.Id,
            ["target"] = result.TargetName,
            ["kind"] = claim.Kind.ToString(),
            ["subject"] = Subject(claim.Subject),
            ["concept"] = claim.Concept,
            ["verdict"] = result.Verdict.ToString(),
            ["diagnostics"] = new JsonArray(result.Diagnostics.Select(d => (JsonNode)new JsonObject
            {
                ["id"] = d.Id,
                ["severity"] = d.Severity.ToString().ToLowerInvariant(),
                ["message"] = d.Message,
            }).ToArray()),
        };

        if (result.Family is { } family)
        {
            // Only for claims judged in a family, so snapshots of claims run alone do not change.
            document["family"] = new JsonObject
            {
                ["name"] = family.Name,
                ["correction"] = family.Correction.ToString(),
                ["size"] = family.Size,
                ["p"] = round.P(family.P),
                ["adjustedP"] = round.P(family.AdjustedP),
            };
        }

        var evidence = new JsonObject();
        var seeds = new JsonObject { ["run"] = claim.Seed, ["claim"] = Rounding.Hex(result.ClaimSeed) };
        bool inFamily = result.Family is not null;
        foreach (IEvidenceKind kind in EvidenceKinds.All)
        {
            object? measured = result.Measured.Get<object>(kind.Name);
            if (measured is not null && claim.Demands.Has(kind.Name))
            {
                evidence[kind.Name] = kind.Section(claim, measured, round, inFamily);
            }

            kind.AddSeeds(seeds, measured);
        }

        if (evidence.Count > 0)
        {
            document["evidence"] = evidence;
        }

        document["seeds"] = seeds;
        document["fingerprints"] = new JsonObject
        {
            ["model"] = result.ModelFingerprint,
            ["splits"] = new JsonObject(result.SplitFingerprints.Select(p => KeyValuePair.Create(p.Key, (JsonNode?)p.Value))),
        };
        if (fullPrecision)
        {
            // Headline figures for reports, in the kinds' own words; the rounded snapshot never carries them.
            document["keyFigures"] = new JsonArray([.. EvidenceKinds.All
                .Where(kind => result.Measured.Has(kind.Name) && claim.Demands.Has(kind.Name))
                .SelectMany(kind => kind.KeyFigures(claim, result.Measured.Get<object>(kind.Name)!, inFamily))
                .Select(f => (JsonNode)new JsonObject { ["evidence"] = f.Evidence, ["label"] = f.Label, ["value"] = f.Value })]);
        }

        if (fullPrecision && PlotData.Build(result) is { } plotData)
        {
            // Distributions for plots go into the attachment only; the rounded snapshot never carries them.
            document["plotData"] = plotData;
        }

        return document;
    }

    private static JsonObject Subject(Subject subject)
    {
        var node = new JsonObject { ["description"] = subject.Describe(), ["layer"] = subject.Layer };
        switch (subject)
        {
            case UnitSubject unit:
                node["unit"] = unit.Unit;
                break;
            case UnitSetSubject set:
                node["units"] = new JsonArray(set.Units.Select(u => (JsonNode)u).ToArray());
                break;
            case DirectionSubject direction:
                node["direction"] = direction.Name;
                break;
            case LatentSubject latent:
                node["autoencoder"] = latent.Autoencoder;
                node["latent"] = latent.Latent;
                break;
        }

        node["reduction"] = subject.Reduction.ToString().ToLowerInvariant();
        return node;
    }
}
