using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using ClaimCheck.Capture;
using ClaimCheck.Dictionaries;
using ClaimCheck.Statistics;

namespace ClaimCheck.Evidence.HeldOut;

/// <summary>
/// A layer's null, which does not depend on the claim: the AUROC of every unit of a layer, of every latent of a
/// dictionary on it, of its random directions and of its random unit sets (drawn from the layer's null seed,
/// <see cref="LayerNullSeed"/>), for one set of labels. They are computed once per (activations, labels) and shared by every claim,
/// family and explanation that reads the same activations, the way the activation store shares captures. Entries live as
/// long as the activations they came from (the store's matrices key the table), and labels are compared by content, so a
/// concept relabelled or a split replaced never meets another's numbers.
/// </summary>
internal static class SharedNullScores
{
    private static readonly ConditionalWeakTable<ActivationMatrix, ConcurrentDictionary<(object? Dictionary, LabelSet Labels), Lazy<double[]>>> Cache = new();
    private static readonly ConditionalWeakTable<ActivationMatrix, ConcurrentDictionary<(ulong Seed, int SetSize, LabelSet Labels), GrowingNull>> Draws = new();

    /// <summary>The AUROC of every unit of <paramref name="activations"/> against <paramref name="labels"/>, unit by unit.</summary>
    public static double[] UnitAurocs(ActivationMatrix activations, bool[] labels) =>
        Get(activations, null, labels, () => activations.InMemory
            ? ColumnAurocs.Compute(activations.Values, activations.Rows, activations.Units, labels)
            : ColumnAurocs.Compute(activations.Rows, activations.Units, labels, activations.Blocks.ReadColumn));

    /// <summary>The AUROC of every latent of <paramref name="autoencoder"/> on <paramref name="activations"/>, from <paramref name="encode"/>'s [rows, latents] values.</summary>
    public static double[] LatentAurocs(ActivationMatrix activations, SparseAutoencoder autoencoder, bool[] labels, Func<float[]> encode) =>
        Get(activations, autoencoder, labels, () => ColumnAurocs.Compute(encode(), activations.Rows, autoencoder.LatentCount, labels));

    /// <summary>
    /// The AUROCs of the first <paramref name="count"/> random directions drawn from <paramref name="seed"/>, in draw order
    /// (a prefix of one stream: more draws later extend it).
    /// </summary>
    public static ReadOnlySpan<double> DirectionAurocs(ActivationMatrix activations, bool[] labels, ulong seed, int count) =>
        Grow(activations, seed, 0, labels, () => new DirectionNull(activations, labels, seed)).First(count);

    /// <summary>The AUROCs of the first <paramref name="count"/> random sets of <paramref name="size"/> units drawn from <paramref name="seed"/>.</summary>
    public static ReadOnlySpan<double> UnitSetAurocs(ActivationMatrix activations, bool[] labels, ulong seed, int size, int count) =>
        Grow(activations, seed, size, labels, () => new UnitSetNull(activations, labels, seed, size)).First(count);

    private static GrowingNull Grow(ActivationMatrix activations, ulong seed, int setSize, bool[] labels, Func<GrowingNull> create)
    {
        var entries = Draws.GetValue(activations, _ => new ConcurrentDictionary<(ulong, int, LabelSet), GrowingNull>());
        return entries.GetOrAdd((seed, setSize, new LabelSet(labels)), _ => create());
    }

    private static double[] Get(ActivationMatrix activations, object? dictionary, bool[] labels, Func<double[]> compute)
    {
        var entries = Cache.GetValue(activations, _ => new ConcurrentDictionary<(object?, LabelSet), Lazy<double[]>>());
        var key = (dictionary, new LabelSet(labels));
        Lazy<double[]> entry = entries.GetOrAdd(key, _ => new Lazy<double[]>(compute, LazyThreadSafetyMode.ExecutionAndPublication));
        try
        {
            return entry.Value;
        }
        catch
        {
            // A failure is the caller's to report; it is not kept for the next claim.
            entries.TryRemove(new KeyValuePair<(object?, LabelSet), Lazy<double[]>>(key, entry));
            throw;
        }
    }

    /// <summary>Labels compared by content (a copy, so a caller changing its array later cannot change the key).</summary>
    private sealed class LabelSet : IEquatable<LabelSet>
    {
        private readonly bool[] _labels;
        private readonly int _hash;

        public LabelSet(bool[] labels)
        {
            _labels = (bool[])labels.Clone();
            var hash = new HashCode();
            hash.AddBytes(System.Runtime.InteropServices.MemoryMarshal.AsBytes(_labels.AsSpan()));
            _hash = hash.ToHashCode();
        }

        public bool Equals(LabelSet? other) => other is not null && _labels.AsSpan().SequenceEqual(other._labels);

        public override bool Equals(object? obj) => Equals(obj as LabelSet);

        public override int GetHashCode() => _hash;
    }
}
