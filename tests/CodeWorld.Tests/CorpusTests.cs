using System.Security.Cryptography;
using System.Text;
using ClaimCheck.Diagnostics;
using CodeWorld.Corpus;
using NUnit.Framework;

namespace CodeWorld.Tests;

/// <summary>The pinned corpus: it loads, its splits are disjoint and derived from paths, and a changed or missing file is CLM5050.</summary>
public class CorpusTests
{
    [Test]
    public void The_committed_corpus_loads_with_three_non_empty_splits()
    {
        CodeCorpus corpus = CodeCorpus.Committed;

        Assert.That(corpus.Documents, Has.Count.EqualTo(CorpusManifest.Committed.Entries.Count));
        foreach (CodeSplit split in Enum.GetValues<CodeSplit>())
        {
            Assert.That(corpus.Split(split).Sum(d => d.Text.Length), Is.GreaterThan(500_000), $"{split} is too small to measure on");
        }

        Assert.That(corpus.Split(CodeSplit.Shifted).Select(d => d.Package), Is.All.EqualTo(CorpusSources.NumpyPackage));
        Assert.That(corpus.Split(CodeSplit.Training).Concat(corpus.Split(CodeSplit.HeldOut)).Select(d => d.Package),
            Is.All.AnyOf(CorpusSources.StdlibPackage, CorpusSources.StdlibMinimalPackage));
    }

    [Test]
    public void No_file_is_in_two_splits_and_each_split_is_its_paths_hash()
    {
        CodeCorpus corpus = CodeCorpus.Committed;

        Assert.That(corpus.Documents.Select(d => d.Path), Is.Unique);
        Assert.That(corpus.Documents.Sum(d => Enum.GetValues<CodeSplit>().Count(s => corpus.Split(s).Contains(d))), Is.EqualTo(corpus.Documents.Count));
        foreach (CodeDocument document in corpus.Split(CodeSplit.Training).Concat(corpus.Split(CodeSplit.HeldOut)))
        {
            ulong hash = BitConverter.ToUInt64(SHA256.HashData(Encoding.UTF8.GetBytes(document.Path)), 0);
            Assert.That(document.Split == CodeSplit.HeldOut, Is.EqualTo(hash % SplitAssignment.HeldOutModulus == 0), document.Path);
        }
    }

    [Test]
    public void The_manifest_reads_back_what_it_writes()
    {
        CorpusManifest committed = CorpusManifest.Committed;
        CorpusManifest again = CorpusManifest.Parse(committed.Format());

        Assert.That(again.Entries, Is.EqualTo(committed.Entries));
        Assert.That(again.PackageVersions, Is.EquivalentTo(committed.PackageVersions));
        Assert.That(committed.PackageVersions.Keys, Is.EquivalentTo(new[] { CorpusSources.StdlibPackage, CorpusSources.StdlibMinimalPackage, CorpusSources.NumpyPackage }));
    }

    [Test]
    public void A_malformed_manifest_line_is_named()
    {
        var error = Assert.Throws<FormatException>(() => CorpusManifest.Parse("# header\nnot a line\n"))!;

        Assert.That(error.Message, Does.Contain("line 2").And.Contain("not a line"));
    }

    [Test]
    public void A_missing_file_is_CLM5050_with_the_install_command()
    {
        string path = Path.Combine(Path.GetTempPath(), $"codeworld-missing-{Guid.NewGuid():N}.py");
        var manifest = new CorpusManifest([new ManifestEntry(path, CorpusSources.StdlibPackage, 3, new string('0', 64))],
            new Dictionary<string, string> { [CorpusSources.StdlibPackage] = "3.11.2-6+deb12u6" });

        var error = Assert.Throws<ClaimCheckException>(() => CodeCorpus.Load(manifest))!;

        Assert.That(error.Diagnostic.Id, Is.EqualTo(DiagnosticIds.CorpusFileChanged));
        Assert.That(error.Diagnostic.Message, Does.Contain(path).And.Contain("is missing").And.Contain("apt-get install libpython3.11-stdlib"));
    }

    [Test]
    public void A_changed_file_is_CLM5050_with_both_checksums_and_the_pinned_version()
    {
        string path = Path.Combine(Path.GetTempPath(), $"codeworld-changed-{Guid.NewGuid():N}.py");
        File.WriteAllText(path, "x = 1\n");
        try
        {
            string pinned = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("x = 2\n")));
            var manifest = new CorpusManifest([new ManifestEntry(path, CorpusSources.NumpyPackage, 6, pinned)],
                new Dictionary<string, string> { [CorpusSources.NumpyPackage] = "1:1.24.2-1+deb12u1" });

            var error = Assert.Throws<ClaimCheckException>(() => CodeCorpus.Load(manifest))!;

            Assert.That(error.Diagnostic.Id, Is.EqualTo(DiagnosticIds.CorpusFileChanged));
            Assert.That(error.Diagnostic.Message, Does.Contain(path).And.Contain(pinned[..12]).And.Contain("1:1.24.2-1+deb12u1").And.Contain("apt-get install python3-numpy"));

            // The same file with its real checksum loads.
            string actual = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));
            CodeCorpus loaded = CodeCorpus.Load(new CorpusManifest([new ManifestEntry(path, CorpusSources.NumpyPackage, 6, actual)], manifest.PackageVersions));
            Assert.That(loaded.Documents.Single().Text, Is.EqualTo("x = 1\n"));
            Assert.That(loaded.Documents.Single().Split, Is.EqualTo(CodeSplit.Shifted));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
