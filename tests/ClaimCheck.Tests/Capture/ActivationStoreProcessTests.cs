using System.Diagnostics;
using ClaimCheck.Capture;
using ClaimCheck.Capture.Disk;
using ClaimCheck.Claims;
using NUnit.Framework;

namespace ClaimCheck.Tests.Capture;

/// <summary>
/// Real processes on one store folder: several capturing the same entry at once (as parallel <c>dotnet test</c> runs
/// do) leave one sound entry, and a writer killed halfway leaves nothing under the entry's name. The children are this
/// test assembly run as a program (<see cref="StoreChild"/>).
/// </summary>
public class ActivationStoreProcessTests
{
    private const int Rows = 20_000;
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    private StoreFolder _folder = null!;

    [SetUp]
    public void CreateFolder() => _folder = new StoreFolder();

    [TearDown]
    public void DeleteFolder() => _folder.Dispose();

    [Test]
    public void Four_processes_and_two_threads_capturing_one_entry_at_once_leave_one_sound_entry()
    {
        string go = Path.Combine(_folder.Path, "go");
        var children = Enumerable.Range(0, 4).Select(_ => Child.Start("capture", go, _folder.Path)).ToList();
        try
        {
            foreach (Child child in children)
            {
                child.WaitForLine("ready");
            }

            // Two more writers in this process, each with its own tier (as two targets of two test classes would be).
            StoreTarget[] locals = [_folder.Attach(new StoreTarget(rows: Rows)), _folder.Attach(new StoreTarget(rows: Rows))];
            File.WriteAllText(go, "go");
            string[] localDigests = locals.AsParallel()
                .Select(t => StoreChild.Digest(t.Activations.Get(t.HeldOut, "layer", Reduction.Max)))
                .ToArray();
            string expected = StoreChild.Digest(new StoreTarget(rows: Rows).WithoutDiskStoreAndGet());

            foreach (Child child in children)
            {
                Assert.That(child.Exit(), Is.EqualTo(0), child.Output);
                Assert.That(child.Output, Does.Contain($"digest={expected}"), "a child read other values than a fresh capture");
            }

            Assert.That(localDigests, Is.All.EqualTo(expected));
            Assert.That(_folder.Entries, Has.Length.EqualTo(1));
            Assert.That(_folder.Temporaries, Is.Empty, "every losing writer deleted its temporary file");
            Assert.That(_folder.Reported, Is.Empty, "no reader of this process found a damaged entry");
            Assert.That(string.Concat(children.Select(c => c.Output)), Does.Not.Contain("CLM4104"), "no child found a damaged entry");

            using StoreTarget later = _folder.Attach(new StoreTarget(rows: Rows));
            Assert.That(StoreChild.Digest(later.Activations.Get(later.HeldOut, "layer", Reduction.Max)), Is.EqualTo(expected));
            Assert.That(later.Activations.CapturePasses, Is.EqualTo(0));
            foreach (StoreTarget local in locals)
            {
                local.Dispose();
            }
        }
        finally
        {
            children.ForEach(c => c.Dispose());
        }
    }

    [Test]
    public void A_writer_killed_halfway_leaves_no_entry_and_the_next_run_captures_it_again()
    {
        using (Child writer = Child.Start("stall", _folder.Path, _folder.Path))
        {
            writer.WaitForLine("mid-write");
            writer.Kill();
        }

        Assert.That(_folder.Entries, Is.Empty, "nothing under the entry's name");
        string[] halfWritten = _folder.Temporaries;
        Assert.That(halfWritten, Has.Length.EqualTo(1), "the killed writer's temporary file");
        Assert.Throws<ActivationFileDamagedException>(() => ActivationFileReader.Open(halfWritten[0]).Dispose(), "its header was never written");

        using StoreTarget next = _folder.Attach(new StoreTarget(rows: Rows));
        string digest = StoreChild.Digest(next.Activations.Get(next.HeldOut, "layer", Reduction.Max));
        Assert.That(next.Activations.CapturePasses, Is.EqualTo(1));
        Assert.That(digest, Is.EqualTo(StoreChild.Digest(new StoreTarget(rows: Rows).WithoutDiskStoreAndGet())));
        Assert.That(_folder.Entries, Has.Length.EqualTo(1));
        Assert.That(halfWritten[0], Does.Exist, "an hour-young temporary file may belong to a live writer");

        File.SetLastWriteTimeUtc(halfWritten[0], DateTime.UtcNow - ActivationDiskTier.StaleTemporaryAge - TimeSpan.FromMinutes(1));
        _folder.Open();
        Assert.That(halfWritten[0], Does.Not.Exist, "the next process to open the folder deletes it");
    }

    /// <summary>A child process running <see cref="StoreChild"/>, its output collected line by line.</summary>
    private sealed class Child : IDisposable
    {
        private readonly Process _process;
        private readonly List<string> _lines = [];

        private Child(Process process)
        {
            _process = process;
            _process.OutputDataReceived += (_, e) => Add(e.Data);
            _process.ErrorDataReceived += (_, e) => Add(e.Data);
            _process.BeginOutputReadLine();
            _process.BeginErrorReadLine();
        }

        public string Output
        {
            get
            {
                lock (_lines)
                {
                    return string.Join('\n', _lines);
                }
            }
        }

        /// <summary>Starts <c>store-child ROLE ARGUMENT ROWS</c> with the store setting pointing at <paramref name="folder"/>.</summary>
        public static Child Start(string role, string argument, string folder)
        {
            var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (string arg in new[] { typeof(StoreChild).Assembly.Location, StoreChild.Command, role, argument, Rows.ToString(System.Globalization.CultureInfo.InvariantCulture) })
            {
                start.ArgumentList.Add(arg);
            }

            start.Environment[ActivationCacheSetting.EnvironmentVariable] = folder;
            return new Child(Process.Start(start) ?? throw new InvalidOperationException("the child process did not start"));
        }

        public void WaitForLine(string line)
        {
            var clock = Stopwatch.StartNew();
            while (!Output.Split('\n').Contains(line))
            {
                if (_process.HasExited || clock.Elapsed > Patience)
                {
                    Assert.Fail($"the child never printed '{line}' (exited: {_process.HasExited}); its output:\n{Output}");
                }

                Thread.Sleep(10);
            }
        }

        public int Exit()
        {
            if (!_process.WaitForExit(Patience))
            {
                Assert.Fail($"the child did not exit; its output:\n{Output}");
            }

            _process.WaitForExit(); // drains the output events
            return _process.ExitCode;
        }

        public void Kill()
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        public void Dispose()
        {
            if (!_process.HasExited)
            {
                Kill();
            }

            _process.Dispose();
        }

        private void Add(string? line)
        {
            if (line is not null)
            {
                lock (_lines)
                {
                    _lines.Add(line);
                }
            }
        }
    }
}

/// <summary>The fresh capture a test compares with.</summary>
internal static class FreshCapture
{
    /// <summary>Turns the store on disk off for <paramref name="target"/>, captures its held-out activations, and disposes it.</summary>
    public static ActivationMatrix WithoutDiskStoreAndGet(this StoreTarget target)
    {
        using (target)
        {
            target.Activations.UseDisk(null);
            return target.Activations.Get(target.HeldOut, "layer", Reduction.Max);
        }
    }
}
