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
    /// Projections held at once for activations read from disk: about 512 MB of doubles, because every batch of directions
    /// reads the whole file again (200 directions over 2,000,000 examples: nine reads of the file instead of seventeen),
    /// while the process stays within a few GB.
    /// </summary>
    private const long DiskProjectionBudget = 64L << 20;

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
        var sortBuffers = new WorkerBuffers<ulong[][]>(() => [new ulong[rows], new ulong[rows], new ulong[rows]]);
        for (int first = from; first < count; first += chunk)
        {
            int size = Math.Min(chunk, count - first);
            activations.ProjectMany(directions, first, size, projections);
            int offset = first;
            // One worker per core, each with sort buffers (three arrays of the rows) from one pool, so memory stays bounded.
            Parallel.For(0, size, Cores, sortBuffers.Take, (d, _, buffers) =>
            {
                scores[offset + d] = ClassAuroc.Compute(projections.AsSpan(d * rows, rows), _labels, buffers[0], buffers[1], buffers[2]);
                return buffers;
            }, sortBuffers.Return);
        }
    }
}
