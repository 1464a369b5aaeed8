using ClaimCheck.Capture;
using ClaimCheck.Capture.Disk;
using ClaimCheck.Diagnostics;
using ClaimCheck.Targets;

namespace ClaimCheck.Tests.Capture;

/// <summary>
/// A fresh activation store folder of one test, deleted on dispose, with the diagnostics its tiers report. Targets
/// attached to it share it as two processes on one folder would; nothing else reads it.
/// </summary>
internal sealed class StoreFolder : IDisposable
{
    private readonly List<Diagnostic> _reported = [];

    public StoreFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "claimcheck-tests", "store-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    /// <summary>What the tiers opened on this folder reported (CLM4103, CLM4104).</summary>
    public IReadOnlyList<Diagnostic> Reported
    {
        get
        {
            lock (_reported)
            {
                return [.. _reported];
            }
        }
    }

    /// <summary>The published entries' paths.</summary>
    public string[] Entries => [.. Directory.EnumerateFiles(Path, "*" + ActivationCacheNames.EntryExtension).Order(StringComparer.Ordinal)];

    /// <summary>Temporary files left in the folder.</summary>
    public string[] Temporaries => [.. Directory.EnumerateFiles(Path, "*.tmp")];

    /// <summary>Opens a tier of its own on the folder (as a new process would).</summary>
    public ActivationDiskTier Open(int blockRows = ActivationFileLayout.DefaultBlockRows, Action<long>? afterBlock = null) =>
        ActivationDiskTier.Open(Path, Report, blockRows, afterBlock) ?? throw new InvalidOperationException($"the folder {Path} could not be opened");

    /// <summary>Makes <paramref name="target"/> read and write this folder through a tier of its own; returns the target.</summary>
    public T Attach<T>(T target, int blockRows = ActivationFileLayout.DefaultBlockRows, Action<long>? afterBlock = null)
        where T : AuditTarget
    {
        target.Activations.UseDisk(Open(blockRows, afterBlock));
        return target;
    }

    public void Report(Diagnostic diagnostic)
    {
        lock (_reported)
        {
            _reported.Add(diagnostic);
        }
    }

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
