namespace ClaimCheck.Evidence.HeldOut;

/// <summary>
/// Null scores drawn from one stream, in draw order, computed once and extended on demand: draw i is the same whichever
/// count is asked for, so a claim that needs 200 draws and a family member that needs 1,999 share the first 200, and
/// asking for more computes only the new ones. Safe to share between threads.
/// </summary>
internal abstract class GrowingNull
{
    private readonly Lock _gate = new();
    private double[] _scores = [];

    /// <summary>The scores of the first <paramref name="count"/> draws.</summary>
    public ReadOnlySpan<double> First(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        lock (_gate)
        {
            if (count > _scores.Length)
            {
                // A new array, so spans handed out earlier stay valid and unchanged.
                var scores = new double[count];
                _scores.CopyTo(scores, 0);
                Compute(_scores.Length, scores);
                _scores = scores;
            }

            return _scores.AsSpan(0, count);
        }
    }

    /// <summary>Fills <paramref name="scores"/> from index <paramref name="from"/> to its end with draws from..Length − 1.</summary>
    protected abstract void Compute(int from, double[] scores);
}
