using ClaimCheck.Statistics;
using NUnit.Framework;

namespace ClaimCheck.Tests.Statistics;

/// <summary>A parallel loop's scratch buffers are reused by its later workers instead of allocated anew.</summary>
public class WorkerBuffersTests
{
    [Test]
    public void A_returned_set_is_handed_out_again_and_a_new_one_made_only_when_none_is_free()
    {
        int made = 0;
        var pool = new WorkerBuffers<double[]>(() =>
        {
            made++;
            return new double[4];
        });

        double[] first = pool.Take();
        double[] second = pool.Take();
        pool.Return(first);
        double[] third = pool.Take();

        Assert.That(made, Is.EqualTo(2));
        Assert.That(second, Is.Not.SameAs(first));
        Assert.That(third, Is.SameAs(first));
    }

    [Test]
    public void A_parallel_loop_holds_at_most_one_set_per_worker_running_at_once()
    {
        int made = 0;
        var pool = new WorkerBuffers<object>(() =>
        {
            Interlocked.Increment(ref made);
            return new object();
        });
        var options = new ParallelOptions { MaxDegreeOfParallelism = 2 };

        Parallel.For(0, 10_000, options, pool.Take, (i, _, buffers) =>
        {
            Thread.SpinWait(2_000);
            return buffers;
        }, pool.Return);

        Assert.That(made, Is.LessThanOrEqualTo(2));
    }
}
