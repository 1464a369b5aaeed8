using ClaimCheck.Build;
using NUnit.Framework;

namespace ClaimCheck.Tests.Build;

public class ElfVersionNeedPatcherTests
{
    // The package's copy as shipped, from the TorchSharp version this build resolved; missing, the tests fail.
    private static string PristineLibrary() => TorchSharpPackage.PristineLibrary();

    [Test]
    public void The_shipped_library_needs_GLIBCXX_3_4_32_strongly_from_libstdcxx()
    {
        string path = PristineLibrary();

        VersionNeed need = ElfVersionNeedPatcher.ReadVersionNeeds(File.ReadAllBytes(path)).Single(n => n.Name == "GLIBCXX_3.4.32");

        Assert.That(need.File, Is.EqualTo("libstdc++.so.6"));
        Assert.That(need.IsWeak, Is.False);
    }

    [Test]
    public void Marking_weak_changes_exactly_the_two_flag_bytes_and_is_idempotent()
    {
        string path = PristineLibrary();
        byte[] original = File.ReadAllBytes(path);
        byte[] patched = (byte[])original.Clone();

        VersionNeedPatchOutcome first = ElfVersionNeedPatcher.MarkVersionNeedWeak(patched, "GLIBCXX_3.4.32");
        byte[] afterFirst = (byte[])patched.Clone();
        VersionNeedPatchOutcome second = ElfVersionNeedPatcher.MarkVersionNeedWeak(patched, "GLIBCXX_3.4.32");

        int[] changed = Enumerable.Range(0, original.Length).Where(i => original[i] != afterFirst[i]).ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(first, Is.EqualTo(VersionNeedPatchOutcome.Patched));
            Assert.That(second, Is.EqualTo(VersionNeedPatchOutcome.AlreadyWeak));
            Assert.That(changed, Has.Length.LessThanOrEqualTo(2));
            Assert.That(patched, Is.EqualTo(afterFirst));
            Assert.That(ElfVersionNeedPatcher.ReadVersionNeeds(patched).Single(n => n.Name == "GLIBCXX_3.4.32").IsWeak, Is.True);
            Assert.That(ElfVersionNeedPatcher.ReadVersionNeeds(patched).Count(n => n.IsWeak), Is.EqualTo(1), "no other need changes");
        });
    }

    [Test]
    public void A_version_the_file_does_not_need_is_left_alone()
    {
        string path = PristineLibrary();
        byte[] bytes = File.ReadAllBytes(path);

        Assert.That(ElfVersionNeedPatcher.MarkVersionNeedWeak(bytes, "GLIBCXX_9.9.99"), Is.EqualTo(VersionNeedPatchOutcome.NotNeeded));
    }

    [TestCase(new byte[] { 1, 2, 3 })]
    [TestCase(new byte[] { 0x7f, (byte)'E', (byte)'L', (byte)'F', 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 })]
    public void Files_that_are_not_64_bit_ELF_are_refused_with_a_clear_error(byte[] bytes)
    {
        Assert.That(() => ElfVersionNeedPatcher.ReadVersionNeeds(bytes), Throws.TypeOf<InvalidDataException>());
    }

    [Test]
    public void A_truncated_library_is_refused_not_misread()
    {
        string path = PristineLibrary();
        byte[] truncated = File.ReadAllBytes(path)[..4096];

        Assert.That(() => ElfVersionNeedPatcher.ReadVersionNeeds(truncated), Throws.TypeOf<InvalidDataException>());
    }
}
