using System.Reflection;
using System.Text.Json.Nodes;
using ClaimCheck.Claims;
using ClaimCheck.Diagnostics;
using ClaimCheck.Targets;
using ClaimCheck.Verdicts;
using static ClaimCheck.Evidence.PlotValues;

namespace ClaimCheck.Evidence.HeldOut;

/// <summary>
/// Held-out evidence: the subject scored against the concept on the discovery and held-out splits, with intervals and
/// a null of the layer's other units and random directions. Primary for Means and Detects (selectivity, which only
/// data shows).
/// </summary>
internal sealed class HeldOutEvidenceKind : EvidenceKind<HeldOutSettings, HeldOutEvidence>
{
    /// <summary>The kind's key.</summary>
    public const string Key = "heldOut";

    /// <inheritdoc/>
    public override string Name => Key;

    /// <inheritdoc/>
    public override bool IsPrimaryFor(ClaimKind kind) => kind is ClaimKind.Means or ClaimKind.Detects;

    /// <inheritdoc/>
    public override Diagnostic MissingPrimary(ClaimDefinition claim) => new(DiagnosticIds.NoEvidence, Severity.Error,
        $"claim '{claim.Id}' demands no evidence; add held-out evidence ([HeldOut] or .WithHeldOut())");

    /// <summary>[HeldOut] on the method, with settings layered assembly → class → method.</summary>
    public override object? Read(MethodInfo method, Type type)
    {
        ILayeredSettingsAttribute<HeldOutSettings>? onMethod = SettingsAttributes.On<ILayeredSettingsAttribute<HeldOutSettings>>(method);
        if (onMethod is null)
        {
            return null;
        }

        var spec = new HeldOutSettings();
        foreach (ILayeredSettingsAttribute<HeldOutSettings>? layer in new[]
        {
            SettingsAttributes.On<ILayeredSettingsAttribute<HeldOutSettings>>(type.Assembly),
            SettingsAttributes.On<ILayeredSettingsAttribute<HeldOutSettings>>(type),
            onMethod,
        })
        {
            spec = layer?.ApplyTo(spec) ?? spec;
        }

        return spec;
    }

    /// <inheritdoc/>
    protected override IEnumerable<Diagnostic> Validate(ClaimDefinition claim, HeldOutSettings settings) => Problems.Of(settings.Validate);

    /// <inheritdoc/>
    protected override HeldOutSettings WithNullDraws(HeldOutSettings settings, Func<int, double, int> draws) =>
        settings with { NullDirections = draws(settings.NullDirections, settings.Alpha) };

    /// <inheritdoc/>
    protected override HeldOutEvidence Measure(AuditTarget target, ClaimDefinition claim, HeldOutSettings settings, ulong claimSeed) =>
        HeldOutCheck.Measure(target, claim, settings);

    /// <summary>Every held-out split's p: the claim holds only where all of them beat the null (the discovery split is exploratory).</summary>
    protected override IEnumerable<double> ConfirmatoryP(HeldOutEvidence evidence) => evidence.HeldOut.Select(s => s.NullP);

    /// <inheritdoc/>
    protected override bool NullUndecided(HeldOutSettings settings, HeldOutEvidence evidence) =>
        evidence.HeldOut.Prepend(evidence.Discovery).Any(s => s?.Status == SplitStatus.NullUndecided);

    /// <inheritdoc/>
    protected override EvidenceDecision Decide(ClaimDefinition claim, HeldOutSettings settings, HeldOutEvidence evidence, double familyFactor)
    {
        HeldOutEvidence adjusted = Adjusted(evidence, settings, familyFactor);
        (Verdict verdict, IReadOnlyList<Diagnostic> diagnostics) = HeldOutVerdictRules.Decide(adjusted, settings, claim.Kind, claim.Concept);
        bool heldWhereFormed = (adjusted.Discovery ?? adjusted.HeldOut[0]).Status == SplitStatus.Pass;
        return new EvidenceDecision(verdict, diagnostics, adjusted, heldWhereFormed, HeldOutVerdictRules.WaitsOnNull(adjusted));
    }

    /// <summary>The evidence with each held-out split's p multiplied by the family's factor and its status judged on it.</summary>
    internal static HeldOutEvidence Adjusted(HeldOutEvidence evidence, HeldOutSettings spec, double factor)
    {
        if (factor == 1)
        {
            return evidence;
        }

        return evidence with
        {
            HeldOut = [.. evidence.HeldOut.Select(split =>
            {
                double adjusted = Math.Min(1, split.NullP * factor);
                SplitStatus status = split.Status == SplitStatus.TooFewExamples ? split.Status : HeldOutCheck.Judge(split, adjusted, spec);
                return split with { AdjustedP = adjusted, Status = status };
            })],
        };
    }

    /// <inheritdoc/>
    protected override JsonObject Section(HeldOutSettings settings, HeldOutEvidence evidence, Rounding round, bool inFamily) =>
        HeldOutDocument.Section(evidence, settings, round, inFamily);

    /// <summary>Per split the AUROC with its interval and null p (and the family-adjusted p of a held-out split in a family).</summary>
    protected override IEnumerable<EvidenceFigure> KeyFigures(HeldOutSettings settings, HeldOutEvidence evidence, bool inFamily) =>
        evidence.HeldOut.Prepend(evidence.Discovery).OfType<SplitScore>().Select(s => new EvidenceFigure("held-out",
            $"AUROC on {s.Split} ({(s.IsDiscovery ? "discovery" : "held-out")})",
            $"{Figures.ScoreWithInterval(s.Auroc, s.AurocInterval)}, null p = {Figures.P(s.NullP)}{EvidenceFigures.Adjusted(inFamily && !s.IsDiscovery, s.AdjustedP)}"));

    /// <inheritdoc/>
    protected override EvidencePlots AddPlotData(EvidencePlots plots, HeldOutEvidence evidence) =>
        HeldOutSplitPlot.Into(plots, HeldOutDocument.PlotData(evidence));

    /// <summary>The null's seed, written (as null) even for claims without held-out evidence, as snapshots always had it.</summary>
    protected override void AddSeeds(JsonObject seeds, HeldOutEvidence? evidence) =>
        seeds["null"] = evidence is null ? null : Rounding.Hex(evidence.NullSeed);
}
