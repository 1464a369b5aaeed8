using System.Diagnostics;
using ClaimCheck.Claims;
using ClaimCheck.Running;
using ClaimCheck.Statistics;
using ClaimCheck.Targets;
using ClaimCheck.Verdicts;
using static TorchSharp.torch;

namespace ClaimCheck.Validity.Sequences;

/// <summary>
/// The sequence study through the claim engine: each claim "unit 0 means the concept" runs through
/// <see cref="ClaimRunner.Run"/> on its own data set, once with its tokens' documents named (ClaimCheck's clustered
/// intervals, the floor on documents) and once without (the naive per-token intervals), and the two verdicts are kept.
/// The data set is the layer: the model is the identity, so unit u's activation is the value drawn for it.
/// </summary>
internal static class ClaimStudy
{
    /// <summary>Runs <paramref name="claims"/> claims of each setting; claims run in parallel, each on its own seeds.</summary>
    public static (IReadOnlyList<ClaimOutcome> Outcomes, TimeSpan Elapsed) Run(IEnumerable<ClaimSetting> settings, int claims, Action<string> progress)
    {
        var clock = Stopwatch.StartNew();
        var outcomes = new List<ClaimOutcome>();
        foreach (ClaimSetting setting in settings)
        {
            var batch = new ClaimOutcome[claims];
            Parallel.For(0, claims, k => batch[k] = Measure(setting, k));
            outcomes.AddRange(batch);
            progress($"{setting.Name}: {claims} claims, {clock.Elapsed.TotalSeconds:0.0} s");
        }

        return (outcomes, clock.Elapsed);
    }

    /// <summary>Draws claim <paramref name="index"/> of <paramref name="setting"/> and runs it with and without documents.</summary>
    public static ClaimOutcome Measure(ClaimSetting setting, int index)
    {
        ulong seed = SeededRandom.Derive(SequenceStudy.RootSeed, $"claims/{setting.Name}/{index}");
        SyntheticDocuments subject = SyntheticDocuments.Draw(setting.Data, seed);
        float[] layer = Layer(setting, subject, seed);
        var labels = new Dictionary<string, bool[]> { ["concept"] = subject.Concept };
        string[] documents = [.. subject.Documents.Select(d => $"document {d}")];
        var clustered = new DataSplit("held-out", SplitRole.HeldOut, layer, [ClaimSetting.Units], labels) { Documents = documents };
        var naive = new DataSplit("held-out", SplitRole.HeldOut, layer, [ClaimSetting.Units], labels);
        ClaimDefinition claim = Claim.That(Subjects.Unit("layer", 0))
            .Means("concept")
            .WithHeldOut(spec => spec with { MinAuroc = setting.MinAuroc })
            .Named($"SequenceClaims.{index}") with { Seed = SeededRandom.Derive(seed, "run") };
        return new ClaimOutcome(setting, index, Run(clustered, claim), Run(naive, claim));
    }

    private static float[] Layer(ClaimSetting setting, SyntheticDocuments subject, ulong seed)
    {
        int tokens = subject.Activations.Length;
        int[] lengths = SyntheticDocuments.Lengths(setting.Data, seed);
        var layer = new float[tokens * ClaimSetting.Units];
        for (int u = 0; u < ClaimSetting.Units; u++)
        {
            double[] values = u == 0 ? subject.Activations : Other(setting, lengths, tokens, SeededRandom.Derive(seed, $"unit {u}"));
            for (int t = 0; t < tokens; t++)
            {
                layer[(t * ClaimSetting.Units) + u] = (float)values[t];
            }
        }

        return layer;
    }

    private static double[] Other(ClaimSetting setting, int[] lengths, int tokens, ulong streamSeed)
    {
        if (setting.OthersAlike)
        {
            return SyntheticDocuments.Activation(setting.Data, lengths, streamSeed);
        }

        var noise = new SeededRandom(streamSeed);
        return [.. Enumerable.Range(0, tokens).Select(_ => noise.NextGaussian())];
    }

    private static Verdict Run(DataSplit split, ClaimDefinition claim)
    {
        using AuditTarget target = AuditTarget.Build("sequence claims", TorchSharp.torch.nn.Sequential(("layer", TorchSharp.torch.nn.Identity())))
            .WithSplits(split)
            .WithConcept("concept", "the concept's runs, drawn independently of the subject unless planted")
            .WithDevice(CPU)
            .Create();
        return ClaimRunner.Run(target, claim).Verdict;
    }
}

/// <summary>One claim of the sequence claims study: its verdict with documents named and without.</summary>
/// <param name="Setting">The setting it was drawn in.</param>
/// <param name="Index">Its index within the setting.</param>
/// <param name="Clustered">The verdict with documents named: ClaimCheck's clustered intervals.</param>
/// <param name="Naive">The verdict of the same claim on the same data with tokens taken as independent.</param>
internal sealed record ClaimOutcome(ClaimSetting Setting, int Index, Verdict Clustered, Verdict Naive);
