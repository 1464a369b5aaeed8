using ClaimCheck.Capture;
using ClaimCheck.Statistics;

namespace ClaimCheck.Evidence.HeldOut;

/// <summary>
/// The AUROCs of a layer's random directions (isotropic, <see cref="RandomDirections.Draw"/> from the layer's null seed)
/// on one split and one set of labels.
/// </summary>
internal sealed class DirectionNull(ActivationMatrix activations, bool[] labels, ulong seed) : GrowingNull
{
    /// <summary>Projections held at once for activations in memory: about 64 MB of doubles, in whole blocks of twelve directions.</summary>
    private const long ProjectionBudget = 8L << 20;

    /// <summary>
    /// Projections held at once for activations read from disk: about 1 GB of doubles, because every batch of directions
    /// reads the whole file again (200 directions over 2,000,000 examples: four reads of the file instead of seventeen).
    /// </summary>
    private const long DiskProjectionBudget = 128L << 20;

    private static readonly ParallelOptions Cores = new() { MaxDegreeOfParallelism = Environment.ProcessorCount };

    private readonly bool[] _labels = (bool[])labels.Clone();

    protected override void Compute(int from, double[] scores)
    {
        // Drawing is cheap next to projecting (units Gaussians per direction against rows × units multiply-adds), so the
        // stream is drawn again from its start rather than kept, and only the new directions are projected.
        int count = scores.Length;
        float[] directions = RandomDirections.Draw(count, activations.Units, seed);
        int rows = activations.Rows;
        long budget = activations.InMemory ? ProjectionBudget : DiskProjectionBudget;
        int chunk = (int)Math.Clamp(budget / Math.Max(1, rows) / 12 * 12, 12, Math.Max(12, count));
        // One buffer for every batch of directions: a new one per batch would leave gigabytes to the garbage collector.
        var projections = new double[(long)Math.Min(chunk, count - from) * rows];
        for (int first = from; first < count; first += chunk)
        {
            int size = Math.Min(chunk, count - first);
            activations.ProjectMany(directions, first, size, projections);
            int offset = first;
            // One worker per core, each with its own sort buffers (three arrays of the rows), so memory stays bounded.
            Parallel.For(0, size, Cores, () => (new ulong[rows], new ulong[rows], new ulong[rows]), (d, _, buffers) =>
            {
                scores[offset + d] = ClassAuroc.Compute(projections.AsSpan(d * rows, rows), _labels, buffers.Item1, buffers.Item2, buffers.Item3);
                return buffers;
            }, _ => { });
        }
    }
}
