using System.Collections.Concurrent;

namespace ClaimCheck.Statistics;

/// <summary>
/// Scratch buffers for the workers of one parallel loop, handed back when a worker ends and handed out again to the next.
/// A parallel loop replaces its workers every so often (for fairness between loops), and each new worker would otherwise
/// allocate its own buffers: at 2,000,000 rows that is tens of megabytes per replacement, left to the garbage collector.
/// With this pool the loop holds at most one set per worker running at once.
/// </summary>
internal sealed class WorkerBuffers<T>(Func<T> create)
    where T : class
{
    private readonly ConcurrentBag<T> _free = [];

    /// <summary>A free set, or a new one (a parallel loop's local init).</summary>
    public T Take() => _free.TryTake(out T? buffers) ? buffers : create();

    /// <summary>Hands a set back (a parallel loop's local finally).</summary>
    public void Return(T buffers) => _free.Add(buffers);
}
