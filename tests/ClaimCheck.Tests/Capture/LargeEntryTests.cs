using ClaimCheck.Capture;
using ClaimCheck.Capture.Disk;
using ClaimCheck.Claims;
using ClaimCheck.Diagnostics;
using ClaimCheck.Reports;
using ClaimCheck.Running;
using ClaimCheck.Tests.Fixtures;
using NUnit.Framework;

namespace ClaimCheck.Tests.Capture;

/// <summary>
/// A matrix larger than the in-memory limit is captured batch by batch straight into the store on disk and read from it
/// in place: never held whole, the same bits as a capture in memory, the same verdict documents, reused warm, and never
/// trusted when damaged. The tests lower the limit (100 values) so that a 300 × 24 matrix counts as large.
/// </summary>
public class LargeEntryTests
{
    private const long SmallLimit = 100;
    private StoreFolder _folder = null!;

    [SetUp]
    public void CreateFolder() => _folder = new StoreFolder();

    [TearDown]
    public void DeleteFolder() => _folder.Dispose();

    private StoreTarget Large(int blockRows = 64, Action<long>? afterBlock = null)
    {
        var target = new StoreTarget();
        target.Activations.UseDisk(ActivationDiskTier.Open(_folder.Path, _folder.Report, blockRows, afterBlock, SmallLimit));
        return target;
    }

    [Test]
    public void A_large_matrix_is_captured_to_disk_and_read_in_place_with_the_bits_of_a_capture_in_memory()
    {
        using StoreTarget target = Large();
        ActivationMatrix matrix = target.Activations.Get(target.HeldOut, "layer", Reduction.Max);

        Assert.That(matrix.InMemory, Is.False, "read from the entry, not held");
        Assert.That(StoreBits.Of(matrix), Is.EqualTo(StoreBits.FreshCapture(() => new StoreTarget())));
        Assert.That(_folder.Entries, Has.Length.EqualTo(1));
        Assert.That(_folder.Temporaries, Is.Empty);
        Assert.That(_folder.Reported, Is.Empty);
    }

    [Test]
    public void Claims_on_a_large_matrix_give_the_verdict_documents_of_the_same_claims_in_memory_and_a_warm_rerun_captures_nothing()
    {
        ClaimDefinition[] claims =
        [
            Claim.That(Subjects.Unit("layer", 3)).Means("first").WithHeldOut().Named("Large.Unit3"),
            Claim.That(Subjects.Units("layer", 1, 2, 5)).Means("first").WithHeldOut().Named("Large.Set"),
        ];
        string[] expected;
        using (StoreTarget memory = new StoreTarget().WithoutDiskStore())
        {
            expected = [.. claims.Select(c => VerdictDocument.Build(ClaimRunner.Run(memory, c), fullPrecision: true).ToJsonString())];
        }

        using StoreTarget cold = Large();
        string[] fromDisk = [.. claims.Select(c => VerdictDocument.Build(ClaimRunner.Run(cold, c), fullPrecision: true).ToJsonString())];
        using StoreTarget warm = Large();
        string[] again = [.. claims.Select(c => VerdictDocument.Build(ClaimRunner.Run(warm, c), fullPrecision: true).ToJsonString())];

        Assert.That(fromDisk, Is.EqualTo(expected));
        Assert.That(again, Is.EqualTo(expected));
        Assert.That(cold.Activations.CapturePasses, Is.EqualTo(1));
        Assert.That(warm.Activations.CapturePasses, Is.EqualTo(0), "a warm store does no forward pass");
        Assert.That(warm.Activations.Get(warm.HeldOut, "layer", Reduction.Max).InMemory, Is.False);
    }

    [Test]
    public void A_write_that_fails_halfway_stops_the_capture_with_the_stores_ID_and_leaves_nothing_behind()
    {
        using StoreTarget target = Large(afterBlock: block =>
        {
            if (block == 1)
            {
                throw new IOException("no space left on device (test)");
            }
        });

        var error = Assert.Throws<ClaimCheckException>(() => target.Activations.Get(target.HeldOut, "layer", Reduction.Max));

        Assert.That(error!.Diagnostic.Id, Is.EqualTo(DiagnosticIds.ActivationCacheUnusable));
        Assert.That(error.Message, Does.Contain("too many to keep in memory").And.Contain("no space left on device (test)"));
        Assert.That(_folder.Entries, Is.Empty);
        Assert.That(_folder.Temporaries, Is.Empty);
    }

    [Test]
    public void Values_damaged_after_the_entry_was_opened_stop_the_read_with_an_ID_and_the_entry_goes()
    {
        using (StoreTarget first = Large())
        {
            first.Activations.Get(first.HeldOut, "layer", Reduction.Max);
        }

        using StoreTarget second = Large();
        ActivationMatrix matrix = second.Activations.Get(second.HeldOut, "layer", Reduction.Max);
        string entry = _folder.Entries.Single();
        using (var file = new FileStream(entry, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete))
        {
            file.Position = file.Length - 2; // a byte of the last block's last unit
            int value = file.ReadByte();
            file.Position = file.Length - 2;
            file.WriteByte((byte)(value ^ 0x40));
        }

        var error = Assert.Throws<ClaimCheckException>(() => matrix.Column(23));

        Assert.That(error!.Diagnostic.Id, Is.EqualTo(DiagnosticIds.ActivationCacheEntryDamaged));
        Assert.That(error.Message, Does.Contain("unit 23").And.Contain("checksum"));
        Assert.That(File.Exists(entry), Is.False, "the next run captures again");
        Assert.That(second.Activations.CapturePasses, Is.EqualTo(0));
    }
}
