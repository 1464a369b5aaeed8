namespace ClaimCheck.NUnit;

/// <summary>
/// A background thread that forces full garbage collections and waits for the finalizers they queue, over and over,
/// until disposed. Code that hands native memory to a call through an object nobody holds (a TorchSharp scalar made by
/// an implicit conversion, say) fails under it within seconds instead of once a month.
/// </summary>
/// <example>
/// <code>
/// using (var collections = new ForcedCollections())
/// {
///     RunTheCodeUnderTest();
/// }
/// </code>
/// </example>
public sealed class ForcedCollections : IDisposable
{
    private readonly Thread _thread;
    private long _count;
    private volatile bool _stopping;

    /// <summary>Starts the collecting thread.</summary>
    public ForcedCollections()
    {
        _thread = new Thread(Collect) { IsBackground = true, Name = "ClaimCheck forced collections" };
        _thread.Start();
    }

    /// <summary>How many collections the thread has forced so far.</summary>
    public long Count => Interlocked.Read(ref _count);

    /// <summary>Stops the thread and waits for its last collection to end.</summary>
    public void Dispose()
    {
        _stopping = true;
        _thread.Join();
    }

    private void Collect()
    {
        while (!_stopping)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            Interlocked.Increment(ref _count);
        }
    }
}
