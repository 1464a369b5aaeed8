using ClaimCheck.Capture;
using ClaimCheck.Capture.Disk;
using ClaimCheck.Claims;
using ClaimCheck.Diagnostics;
using ClaimCheck.Running;
using ClaimCheck.Tests.Fixtures;
using ClaimCheck.Verdicts;
using NUnit.Framework;

namespace ClaimCheck.Tests.Capture;

/// <summary>
/// The store on disk is reused by a second target (as by a second process) and never trusted when stale, truncated or
/// damaged: each damage is found, reported (CLM4104), and the entry captured again with the fresh values.
/// </summary>
public class ActivationDiskTierTests
{
    private StoreFolder _folder = null!;

    [SetUp]
    public void CreateFolder() => _folder = new StoreFolder();

    [TearDown]
    public void DeleteFolder() => _folder.Dispose();

    private static ActivationMatrix HeldOut(StoreTarget target) => target.Activations.Get(target.HeldOut, "layer", Reduction.Max);

    /// <summary>A first target captures and stores its held-out activations; returns the entry's path.</summary>
    private string StoreOne()
    {
        using StoreTarget first = _folder.Attach(new StoreTarget());
        HeldOut(first);
        Assert.That(first.Activations.CapturePasses, Is.EqualTo(1));
        Assert.That(_folder.Entries, Has.Length.EqualTo(1), "the capture was stored");
        return _folder.Entries[0];
    }

    [Test]
    public void A_second_target_loads_the_entry_without_a_capture_pass_and_gets_the_fresh_bits()
    {
        StoreOne();
        using StoreTarget second = _folder.Attach(new StoreTarget());

        int[] loaded = StoreBits.Of(HeldOut(second));

        Assert.That(second.Activations.CapturePasses, Is.EqualTo(0));
        Assert.That(second.Activations.DiskLoads, Is.EqualTo(1));
        Assert.That(loaded, Is.EqualTo(StoreBits.FreshCapture(() => new StoreTarget())));
        Assert.That(_folder.Reported, Is.Empty);
    }

    [Test]
    public void Other_weights_module_settings_batch_sizes_layers_and_reductions_are_other_entries()
    {
        StoreOne();
        var others = new (string What, Func<StoreTarget> Create, string Layer, Reduction Reduction)[]
        {
            ("other weights", () => new StoreTarget(seed: 6), "layer", Reduction.Max),
            ("another slope of the leaky ReLU (no weight changes)", () => new StoreTarget(slope: 0.2), "layer", Reduction.Max),
            ("another batch size", () => new StoreTarget(batchSize: 32), "layer", Reduction.Max),
            ("another layer", () => new StoreTarget(), "relu", Reduction.Max),
            ("another reduction", () => new StoreTarget(), "layer", Reduction.Mean),
        };

        foreach ((string what, Func<StoreTarget> create, string layer, Reduction reduction) in others)
        {
            using StoreTarget target = _folder.Attach(create());
            target.Activations.Get(target.HeldOut, layer, reduction);
            Assert.That(target.Activations.CapturePasses, Is.EqualTo(1), $"{what} must not read the first entry");
        }

        Assert.That(_folder.Entries, Has.Length.EqualTo(1 + others.Length));
    }

    /// <summary>Ways an entry can go wrong after it was written, each with what the report must say.</summary>
    private static IEnumerable<TestCaseData> Damages()
    {
        yield return Case("an empty file", path => File.WriteAllBytes(path, []), "shorter than a header");
        yield return Case("a file cut short by one value", path => Truncate(path, by: 4), "truncated");
        yield return Case("a file cut after its header", path => Truncate(path, to: 4096), "truncated");
        yield return Case("a file one byte too long", path => File.AppendAllText(path, "x"), "promises");
        yield return Case("another format version", path => Patch(path, 8, 2), "format version 2");
        yield return Case("another magic", path => Patch(path, 0, (byte)'X'), "magic");
        yield return Case("a flipped byte in the key", path => Flip(path, 45), "header does not match its checksum");
        yield return Case("a flipped byte in the checksums", path => Flip(path, 40 + KeyLength(path) + 3), "header does not match its checksum");
        yield return Case("a flipped byte in the first value", path => Flip(path, 4096), "unit 0 in block 0 do not match their checksum");
        yield return Case("a flipped bit in the last value", path => Flip(path, new FileInfo(path).Length - 1, 0x01), "do not match their checksum");
        yield return Case("a sound file with another key under this key's name", RewriteWithAnotherKey, "another key");

        static TestCaseData Case(string name, Action<string> damage, string reported) =>
            new TestCaseData(damage, reported).SetName($"Damaged entry: {name}");
    }

    [TestCaseSource(nameof(Damages))]
    public void A_damaged_entry_is_reported_deleted_and_captured_again_with_the_fresh_values(Action<string> damage, string reported)
    {
        string entry = StoreOne();
        damage(entry);
        using StoreTarget second = _folder.Attach(new StoreTarget());

        int[] values = StoreBits.Of(HeldOut(second));

        Assert.That(second.Activations.CapturePasses, Is.EqualTo(1), "the damaged entry was used instead of a capture");
        Assert.That(values, Is.EqualTo(StoreBits.FreshCapture(() => new StoreTarget())));
        Assert.That(_folder.Reported.Select(d => d.Id), Is.EqualTo(new[] { DiagnosticIds.ActivationCacheEntryDamaged }));
        Assert.That(_folder.Reported[0].Message, Does.Contain(reported).And.Contain(entry));

        using StoreTarget third = _folder.Attach(new StoreTarget());
        Assert.That(StoreBits.Of(HeldOut(third)), Is.EqualTo(values));
        Assert.That(third.Activations.CapturePasses, Is.EqualTo(0), "the capture replaced the damaged entry with a sound one");
    }

    [Test]
    public void A_write_that_fails_halfway_leaves_neither_an_entry_nor_a_temporary_file_and_reports_CLM4103()
    {
        using StoreTarget first = _folder.Attach(new StoreTarget(), blockRows: 100, afterBlock: block =>
        {
            if (block == 1)
            {
                throw new IOException("no space left on device (test)");
            }
        });

        int[] values = StoreBits.Of(HeldOut(first));

        Assert.That(values, Is.EqualTo(StoreBits.FreshCapture(() => new StoreTarget())), "the claim still gets its activations");
        Assert.That(_folder.Entries, Is.Empty);
        Assert.That(_folder.Temporaries, Is.Empty);
        Assert.That(_folder.Reported.Select(d => d.Id), Is.EqualTo(new[] { DiagnosticIds.ActivationCacheUnusable }));
        Assert.That(_folder.Reported[0].Message, Does.Contain("no space left on device (test)").And.Contain("activations stay in memory"));

        using StoreTarget second = _folder.Attach(new StoreTarget());
        HeldOut(second);
        Assert.That(second.Activations.CapturePasses, Is.EqualTo(1));
        Assert.That(_folder.Entries, Has.Length.EqualTo(1));
    }

    [Test]
    public void When_another_writer_published_first_its_entry_is_kept_and_the_temporary_file_deleted()
    {
        string entry = StoreOne();
        byte[] published = File.ReadAllBytes(entry);
        using var target = new StoreTarget();
        ActivationKey key = ActivationKey.For(target, ModelCodeFingerprint.Of(target.Model), target.HeldOut, "layer", Reduction.Max);
        Assert.That(_folder.Open().EntryPath(key), Is.EqualTo(entry), "the test's key is the stored entry's");

        _folder.Open().Save(key, new ActivationMatrix(new float[target.HeldOut.Count * 24], target.HeldOut.Count, 24));

        Assert.That(File.ReadAllBytes(entry), Is.EqualTo(published));
        Assert.That(_folder.Temporaries, Is.Empty);
        Assert.That(_folder.Reported, Is.Empty);
    }

    [Test]
    public void A_key_longer_than_the_format_takes_is_left_unstored_without_a_failure()
    {
        using var target = new StoreTarget();
        ActivationKey key = ActivationKey.For(target, "code", target.HeldOut, new string('x', ActivationFileLayout.MaxKeyBytes), Reduction.Max);
        ActivationDiskTier tier = _folder.Open();

        Assert.DoesNotThrow(() => tier.Save(key, new ActivationMatrix(new float[24], 1, 24)));
        Assert.That(_folder.Entries, Is.Empty);
        Assert.That(_folder.Temporaries, Is.Empty);
        Assert.That(_folder.Reported, Is.Empty);
    }

    [Test]
    public void Temporary_files_an_hour_old_are_deleted_when_the_folder_is_opened_and_younger_ones_and_other_files_kept()
    {
        string stem = new('a', 32);
        string stale = Path.Combine(_folder.Path, $"{stem}.{new string('b', 32)}.tmp");
        string young = Path.Combine(_folder.Path, $"{stem}.{new string('c', 32)}.tmp");
        string other = Path.Combine(_folder.Path, "notes.tmp");
        foreach (string file in new[] { stale, young, other })
        {
            File.WriteAllText(file, "half written");
        }

        File.SetLastWriteTimeUtc(stale, DateTime.UtcNow.AddHours(-2));
        File.SetLastWriteTimeUtc(other, DateTime.UtcNow.AddHours(-2));

        _folder.Open();

        Assert.That(stale, Does.Not.Exist);
        Assert.That(young, Does.Exist, "a writer may still be writing it");
        Assert.That(other, Does.Exist, "not a name the store gives");
    }

    [Test]
    public void A_file_where_the_folder_should_be_keeps_activations_in_memory_and_reports_CLM4103()
    {
        string file = Path.Combine(_folder.Path, "not-a-folder");
        File.WriteAllText(file, "a file");

        Assert.That(ActivationDiskTier.Open(file, _folder.Report), Is.Null);
        Assert.That(ActivationDiskTier.Open(Path.Combine(file, "below"), _folder.Report), Is.Null);

        Assert.That(_folder.Reported.Select(d => (d.Id, d.Severity)), Is.EqualTo(new[]
        {
            (DiagnosticIds.ActivationCacheUnusable, Severity.Warning),
            (DiagnosticIds.ActivationCacheUnusable, Severity.Warning),
        }));
        Assert.That(_folder.Reported[0].Message, Does.Contain("a file stands where the folder should be"));
        Assert.That(_folder.Reported[1].Message, Does.Contain("cannot be created"));
    }

    [Test]
    public void A_claim_on_a_target_whose_cache_folder_is_unusable_gets_its_verdict_from_memory()
    {
        string file = Path.Combine(_folder.Path, "not-a-folder");
        File.WriteAllText(file, "a file");
        using var broken = new PlantedTarget();
        broken.Activations.UseDisk(ActivationDiskTier.Open(file, _folder.Report));
        using var plain = new PlantedTarget();
        plain.Activations.UseDisk(null);

        ClaimResult result = ClaimRunner.Run(broken, PlantedClaim.Unit(0));

        Assert.That(result.Verdict, Is.EqualTo(ClaimRunner.Run(plain, PlantedClaim.Unit(0)).Verdict));
        Assert.That(result.Diagnostics.Select(d => d.Id), Has.No.Member(DiagnosticIds.ActivationCacheUnusable), "the claim's own diagnostics do not change");
        Assert.That(broken.Activations.CapturePasses, Is.EqualTo(2));
    }

    private static void Truncate(string path, long by = 0, long to = -1)
    {
        using var stream = new FileStream(path, FileMode.Open);
        stream.SetLength(to >= 0 ? to : stream.Length - by);
    }

    private static void Patch(string path, long offset, byte value)
    {
        using var stream = new FileStream(path, FileMode.Open);
        stream.Position = offset;
        stream.WriteByte(value);
    }

    private static void Flip(string path, long offset) => Flip(path, offset, 0xFF);

    private static void Flip(string path, long offset, byte mask)
    {
        using var stream = new FileStream(path, FileMode.Open);
        stream.Position = offset;
        int value = stream.ReadByte();
        stream.Position = offset;
        stream.WriteByte((byte)(value ^ mask));
    }

    private static int KeyLength(string path)
    {
        using ActivationFileReader reader = ActivationFileReader.Open(path);
        return reader.Header.Layout.KeyBytes;
    }

    /// <summary>Writes a complete, sound file whose header holds the key of another layer, under this entry's name.</summary>
    private static void RewriteWithAnotherKey(string path)
    {
        string key;
        float[] values;
        using (ActivationFileReader reader = ActivationFileReader.Open(path))
        {
            key = reader.Header.Key;
            values = reader.ReadRowMajor();
        }

        string temporary = path + ".rewrite";
        ActivationFileWriter.Write(temporary, key.Replace("layer: layer", "layer: relu", StringComparison.Ordinal), values,
            rows: values.Length / 24, units: 24, ActivationFileLayout.DefaultBlockRows);
        File.Move(temporary, path, overwrite: true);
    }
}
