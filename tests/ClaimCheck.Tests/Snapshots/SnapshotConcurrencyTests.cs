using System.Text.Json.Nodes;
using ClaimCheck.Snapshots;
using NUnit.Framework;

namespace ClaimCheck.Tests.Snapshots;

public class SnapshotConcurrencyTests
{
    private const string SharedName = "P.Shared";
    private TempFolder _folder = null!;

    [SetUp]
    public void CreateFolder() => _folder = new TempFolder();

    [TearDown]
    public void RemoveFolder() => _folder.Dispose();

    /// <summary>16 checks of distinct names and 8 of one shared name (each with its own verdict), all started at once.</summary>
    private static List<(string Name, JsonObject Document)> Work()
    {
        var work = Enumerable.Range(0, 16).Select(i => ($"P.Claim{i}", SampleSnapshots.Claim(seed: i))).ToList();
        work.AddRange(Enumerable.Range(0, 8).Select(i => (SharedName, SampleSnapshots.Claim(verdict: $"Verdict{i}"))));
        return work;
    }

    private static List<SnapshotOutcome> RunAtOnce(SnapshotStore store, List<(string Name, JsonObject Document)> work)
    {
        using var start = new Barrier(work.Count);
        Task<SnapshotOutcome>[] tasks = work
            .Select(item => Task.Factory.StartNew(
                () =>
                {
                    start.SignalAndWait();
                    return store.Check(item.Name, item.Document);
                },
                CancellationToken.None,
                TaskCreationOptions.LongRunning,
                TaskScheduler.Default))
            .ToArray();
        Task.WaitAll(tasks);
        return tasks.Select(t => t.Result).ToList();
    }

    private static HashSet<string> Canonical(IEnumerable<(string Name, JsonObject Document)> work) =>
        work.Select(w => SnapshotJson.Serialize(w.Document)).ToHashSet(StringComparer.Ordinal);

    [Test]
    public void Parallel_checks_leave_whole_received_files_and_no_temporary_files()
    {
        var store = new SnapshotStore(_folder.Path, new SnapshotSettings());
        List<(string Name, JsonObject Document)> work = Work();

        List<SnapshotOutcome> outcomes = RunAtOnce(store, work);

        Assert.Multiple(() =>
        {
            Assert.That(outcomes.Select(o => o.Status), Is.All.EqualTo(SnapshotStatus.Missing));
            foreach ((string name, JsonObject document) in work.Where(w => w.Name != SharedName))
            {
                Assert.That(File.ReadAllText(store.ReceivedPath(name)), Is.EqualTo(SnapshotJson.Serialize(document)), name);
            }

            Assert.That(Canonical(work.Where(w => w.Name == SharedName)), Does.Contain(File.ReadAllText(store.ReceivedPath(SharedName))));
            Assert.That(Directory.GetFiles(_folder.Path), Has.Length.EqualTo(17));
        });
    }

    [Test]
    public void Parallel_accepts_leave_whole_verified_files()
    {
        var store = new SnapshotStore(_folder.Path, new SnapshotSettings { Accept = true });
        List<(string Name, JsonObject Document)> work = Work();

        List<SnapshotOutcome> outcomes = RunAtOnce(store, work);

        Assert.Multiple(() =>
        {
            Assert.That(outcomes.Select(o => o.Status), Is.All.EqualTo(SnapshotStatus.Accepted));
            foreach ((string name, JsonObject document) in work.Where(w => w.Name != SharedName))
            {
                Assert.That(File.ReadAllText(store.VerifiedPath(name)), Is.EqualTo(SnapshotJson.Serialize(document)), name);
            }

            Assert.That(Canonical(work.Where(w => w.Name == SharedName)), Does.Contain(File.ReadAllText(store.VerifiedPath(SharedName))));
            Assert.That(Directory.GetFiles(_folder.Path).Select(Path.GetFileName), Is.All.EndsWith(".verified.json"));
            Assert.That(Directory.GetFiles(_folder.Path), Has.Length.EqualTo(17));
        });
    }
}
