using ClaimCheck.Capture;
using ClaimCheck.Statistics;

namespace ClaimCheck.Evidence.HeldOut;

/// <summary>
/// The AUROCs of random sets of <paramref name="size"/> units of a layer (each the mean of its units, like a unit-set
/// subject) on one split and one set of labels: draw i shuffles all units and takes the first <paramref name="size"/>.
/// </summary>
internal sealed class UnitSetNull(ActivationMatrix activations, bool[] labels, ulong seed, int size) : GrowingNull
{
    private readonly bool[] _labels = (bool[])labels.Clone();

    protected override void Compute(int from, double[] scores)
    {
        // The shuffles are replayed from the stream's start (cheap) so that draw i is the same whichever count is asked.
        var random = new SeededRandom(seed);
        int[] pool = Enumerable.Range(0, activations.Units).ToArray();
        for (int draw = 0; draw < scores.Length; draw++)
        {
            random.Shuffle(pool.AsSpan());
            if (draw >= from)
            {
                scores[draw] = Auroc.Compute(activations.MeanOf(pool[..size]), _labels);
            }
        }
    }
}
