using System.Globalization;
using System.Text.Json.Nodes;
using ClaimCheck.Claims;
using ClaimCheck.Evidence.Ablation;
using ClaimCheck.Evidence.Edits;
using ClaimCheck.Evidence.HeldOut;
using ClaimCheck.Running;
using ClaimCheck.Statistics;
using ClaimCheck.Verdicts;

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
        var round = new Rounder(fullPrecision);
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
        if (result.HeldOut is { } heldOut && claim.HeldOut is { } spec)
        {
            evidence["heldOut"] = HeldOut(heldOut, spec, round, result.Family is not null);
        }

        if (result.Ablation is { } ablation && claim.Ablation is { } ablationSpec)
        {
            evidence["ablation"] = Ablation(ablation, ablationSpec, round, result.Family is not null);
        }

        if (result.Edits is { } edits && claim.Edits is { } editSettings)
        {
            evidence["edits"] = Edits(edits.Evidence, editSettings, round);
        }

        if (evidence.Count > 0)
        {
            document["evidence"] = evidence;
        }

        var seeds = new JsonObject
        {
            ["run"] = claim.Seed,
            ["claim"] = Hex(result.ClaimSeed),
            ["null"] = result.HeldOut is null ? null : Hex(result.HeldOut.NullSeed),
        };
        if (result.Ablation is not null)
        {
            // Only present where ablation ran, so snapshots of claims without it do not change.
            seeds["ablation"] = Hex(result.Ablation.Seed);
        }

        if (result.Edits is not null)
        {
            seeds["edits"] = Hex(result.Edits.Evidence.Seed);
        }

        document["seeds"] = seeds;
        document["fingerprints"] = new JsonObject
        {
            ["model"] = result.ModelFingerprint,
            ["splits"] = new JsonObject(result.SplitFingerprints.Select(p => KeyValuePair.Create(p.Key, (JsonNode?)p.Value))),
        };
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

    private static JsonObject HeldOut(HeldOutEvidence evidence, HeldOutSpec spec, Rounder round, bool inFamily)
    {
        var splits = new List<SplitScore>();
        if (evidence.Discovery is not null)
        {
            splits.Add(evidence.Discovery);
        }

        splits.AddRange(evidence.HeldOut);
        return new JsonObject
        {
            ["settings"] = new JsonObject
            {
                ["minAuroc"] = spec.MinAuroc,
                ["alpha"] = spec.Alpha,
                ["nullDirections"] = spec.NullDirections,
                ["minExamples"] = spec.MinExamples,
                ["topQuantile"] = spec.TopQuantile,
                ["minTopCount"] = spec.MinTopCount,
                ["confidenceLevel"] = spec.ConfidenceLevel,
                ["interval"] = "DeLong",
            },
            ["splits"] = new JsonArray(splits.Select(s => (JsonNode)Split(s, round, inFamily)).ToArray()),
            ["gaps"] = new JsonArray(evidence.Gaps.Select(g => (JsonNode)new JsonObject
            {
                ["heldOut"] = g.HeldOutSplit,
                ["gap"] = round.Score(g.Gap),
                ["interval"] = Interval(g.Interval, round),
            }).ToArray()),
            ["otherConcepts"] = new JsonArray(evidence.OtherConcepts.Select(o => (JsonNode)new JsonObject
            {
                ["concept"] = o.Concept,
                ["split"] = o.Split,
                ["positives"] = o.Positives,
                ["negatives"] = o.Negatives,
                ["auroc"] = round.Score(o.Auroc),
                ["interval"] = Interval(o.AurocInterval, round),
            }).ToArray()),
        };
    }

    private static JsonObject Ablation(AblationEvidence evidence, AblationClaimSpec spec, Rounder round, bool inFamily)
    {
        // Which execution path ran (suffix re-run or full passes) is an implementation detail and stays out.
        var node = new JsonObject
        {
            ["settings"] = new JsonObject
            {
                ["readout"] = spec.Readout,
                ["kind"] = spec.Engine.Kind.ToString(),
                ["alpha"] = spec.Alpha,
                ["minEffect"] = spec.MinEffect,
                ["nullDraws"] = spec.Engine.NullDraws,
                ["confidenceLevel"] = spec.Engine.ConfidenceLevel,
            },
            ["split"] = evidence.Split,
            ["positives"] = Effect(evidence.Positives, round),
            ["negatives"] = Effect(evidence.Negatives, round),
            ["specificity"] = round.Score(evidence.Specificity),
            ["specificityInterval"] = Interval(evidence.SpecificityInterval, round),
            ["null"] = new JsonObject
            {
                ["of"] = evidence.Null.Description,
                ["p"] = round.P(evidence.Null.P),
                ["mean"] = round.Score(evidence.Null.Mean),
                ["quantile95"] = round.Score(evidence.Null.Quantile95),
            },
        };
        if (inFamily)
        {
            node["null"]!["adjustedP"] = round.P(evidence.Null.AdjustedP);
        }

        if (evidence.DormantPathway is { } dormant)
        {
            node["dormantPathway"] = new JsonObject
            {
                ["directionEffect"] = round.Score(dormant.DirectionEffect),
                ["layerEffect"] = round.Score(dormant.LayerPositives.Mean),
                ["flagged"] = dormant.Flagged,
            };
        }

        return node;
    }

    private static JsonObject Edits(EditEvidence evidence, EditSettings settings, Rounder round) => new()
    {
        ["settings"] = new JsonObject
        {
            ["cases"] = settings.Cases,
            ["deltaFraction"] = settings.DeltaFraction,
            ["epsilonFraction"] = settings.EpsilonFraction,
            ["failureLimit"] = settings.FailureLimit,
            ["strict"] = settings.Strict,
            ["scale"] = evidence.Thresholds.Scale == EditScaleKind.Rank ? "rank" : "raw",
        },
        ["gap"] = round.Score(evidence.Thresholds.Gap),
        ["delta"] = round.Score(evidence.Thresholds.Delta),
        ["epsilon"] = round.Score(evidence.Thresholds.Epsilon),
        ["kinds"] = new JsonArray(evidence.Kinds.Select(k => (JsonNode)EditKindNode(k, round)).ToArray()),
    };

    private static JsonObject EditKindNode(EditKindEvidence kind, Rounder round)
    {
        var node = new JsonObject
        {
            ["kind"] = kind.Kind.ToString(),
            ["outcome"] = kind.Outcome.ToString(),
            ["cases"] = kind.Cases,
            ["failures"] = kind.Failures,
            ["failureRateInterval"] = Interval(kind.FailureRateInterval, round),
            ["meanChangeInGaps"] = round.Score(kind.MeanChangeInGaps),
        };
        if (kind.Counterexample is { } c)
        {
            node["counterexample"] = new JsonObject
            {
                ["description"] = c.Description,
                ["size"] = c.Size,
                ["firstFailingSize"] = c.FirstFailingSize,
                ["changeInGaps"] = round.Score(c.ChangeInGaps),
                ["replay"] = new JsonObject
                {
                    ["seed"] = Hex(c.Replay.Seed),
                    ["kind"] = c.Replay.Kind.ToString(),
                    ["caseIndex"] = c.Replay.CaseIndex,
                    ["size"] = c.Replay.Size,
                    ["shrinkPath"] = new JsonArray(c.Replay.ShrinkPath.Select(i => (JsonNode)i).ToArray()),
                },
            };
        }

        return node;
    }

    private static JsonObject Effect(EffectSummary summary, Rounder round) => new()
    {
        ["count"] = summary.Count,
        ["mean"] = round.Score(summary.Mean),
        ["interval"] = Interval(summary.MeanInterval, round),
        ["median"] = round.Score(summary.Median),
        ["oppositeSign"] = round.Score(summary.OppositeSignFraction),
    };

    private static JsonObject Split(SplitScore s, Rounder round, bool inFamily)
    {
        var node = new JsonObject
        {
            ["split"] = s.Split,
            ["role"] = s.IsDiscovery ? "discovery" : "held-out",
            ["status"] = s.Status.ToString(),
            ["positives"] = s.Positives,
            ["negatives"] = s.Negatives,
            ["auroc"] = round.Score(s.Auroc),
            ["interval"] = Interval(s.AurocInterval, round),
            ["nullP"] = round.P(s.NullP),
            ["nullSize"] = s.NullSize,
            ["nullQuantile95"] = round.Score(s.NullQuantile95),
        };
        if (inFamily && !s.IsDiscovery)
        {
            // The discovery split is never adjusted: it is where the claim was formed (docs/multiple-testing.md).
            node["adjustedP"] = round.P(s.AdjustedP);
        }

        if (s.UnitCount > 0)
        {
            node["unitRank"] = s.UnitRank;
            node["unitCount"] = s.UnitCount;
        }

        node["meanDifference"] = round.Score(s.MeanDifference);
        node["top"] = new JsonObject
        {
            ["count"] = s.TopCount,
            ["positives"] = s.TopPositives,
            ["precision"] = round.Score(s.TopPrecision),
            ["interval"] = Interval(s.TopPrecisionInterval, round),
            ["baseRate"] = round.Score(s.BaseRate),
        };
        return node;
    }

    private static JsonArray Interval(Interval interval, Rounder round) => [round.Score(interval.Lower), round.Score(interval.Upper)];

    private static string Hex(ulong value) => "0x" + value.ToString("x16", CultureInfo.InvariantCulture);

    private readonly struct Rounder(bool fullPrecision)
    {
        public double Score(double value) => fullPrecision || !double.IsFinite(value) ? value : Math.Round(value, 2, MidpointRounding.AwayFromZero);

        public double P(double value) => fullPrecision ? value : Math.Round(value, 3, MidpointRounding.AwayFromZero);
    }
}
