using System.Diagnostics;
using ClaimCheck.Statistics;

namespace ClaimCheck.Validity.Sequences;

/// <summary>
/// The sequence study: for each setting, many claims "the unit means the concept", each on its own data set drawn from a
/// seed, and for each claim the four intervals of <see cref="IntervalMethod"/>.
/// </summary>
internal static class SequenceStudy
{
    /// <summary>The root seed every claim's seed derives from.</summary>
    public const ulong RootSeed = 20261206;

    /// <summary>The settings of the full study: two independent-token checks, the main null at two sizes, and two planted strengths.</summary>
    public static IReadOnlyList<DocumentSetting> FullSettings { get; } =
    [
        DocumentSetting.IndependentTokens(40),
        DocumentSetting.Autocorrelated(40),
        DocumentSetting.Autocorrelated(10),
        DocumentSetting.Autocorrelated(40, effect: 0.25),
        DocumentSetting.Autocorrelated(40, effect: 0.5),
    ];

    /// <summary>Runs <paramref name="claims"/> claims of each setting; claims run in parallel, each on its own seeds.</summary>
    public static (IReadOnlyList<SequenceOutcome> Outcomes, TimeSpan Elapsed) Run(
        IEnumerable<DocumentSetting> settings,
        int claims,
        int resamples,
        Action<string> progress)
    {
        var clock = Stopwatch.StartNew();
        var outcomes = new List<SequenceOutcome>();
        foreach (DocumentSetting setting in settings)
        {
            var batch = new SequenceOutcome[claims];
            Parallel.For(0, claims, k => batch[k] = Measure(setting, k, resamples));
            outcomes.AddRange(batch);
            progress($"{setting.Name}: {claims} claims, {clock.Elapsed.TotalSeconds:0.0} s");
        }

        return (outcomes, clock.Elapsed);
    }

    /// <summary>Draws claim <paramref name="index"/> of <paramref name="setting"/> and measures its four intervals.</summary>
    public static SequenceOutcome Measure(DocumentSetting setting, int index, int resamples)
    {
        ulong seed = SeededRandom.Derive(RootSeed, $"{setting.Name}/{index}");
        SyntheticDocuments data = SyntheticDocuments.Draw(setting, seed);
        ClusteredAuroc clustered = ClusteredDeLong.Estimate(data.Activations, data.Concept, data.Documents);
        var intervals = new Interval[4];
        intervals[(int)IntervalMethod.NaiveDeLong] = DeLong.AurocInterval(data.Activations, data.Concept);
        intervals[(int)IntervalMethod.TokenBootstrap] = StratifiedBootstrap.AurocInterval(
            data.Activations, data.Concept, resamples, SeededRandom.Derive(seed, "token bootstrap"));
        intervals[(int)IntervalMethod.ClusteredDeLong] = ClusteredDeLong.Interval(clustered);
        intervals[(int)IntervalMethod.ClusterBootstrap] = ClusterBootstrap.AurocInterval(
            data.Activations, data.Concept, data.Documents, resamples, SeededRandom.Derive(seed, "cluster bootstrap"));
        return new SequenceOutcome(setting, index, data.Activations.Length, clustered.Auroc, clustered.DesignEffect, intervals);
    }
}

/// <summary>One claim of the sequence study.</summary>
/// <param name="Setting">The setting it was drawn in.</param>
/// <param name="Index">Its index within the setting (its seed derives from the setting's name and this).</param>
/// <param name="Tokens">How many tokens its data set has.</param>
/// <param name="Auroc">The AUROC over all tokens.</param>
/// <param name="DesignEffect">The clustered variance over the naive one.</param>
/// <param name="Intervals">The 95% intervals, indexed by <see cref="IntervalMethod"/>.</param>
internal sealed record SequenceOutcome(DocumentSetting Setting, int Index, int Tokens, double Auroc, double DesignEffect, Interval[] Intervals)
{
    /// <summary>Whether <paramref name="method"/>'s interval lies wholly above ½ (it would call the unit selective).</summary>
    public bool ExcludesHalfAbove(IntervalMethod method) => Intervals[(int)method].Lower > 0.5;

    /// <summary>Whether <paramref name="method"/>'s interval lies wholly below ½.</summary>
    public bool ExcludesHalfBelow(IntervalMethod method) => Intervals[(int)method].Upper < 0.5;
}
