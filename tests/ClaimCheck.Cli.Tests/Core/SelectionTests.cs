using ClaimCheck.Cli.Running;
using ClaimCheck.Cli.Selection;
using ClaimCheck.Cli.Tests.Support;
using ClaimCheck.Diagnostics;
using NUnit.Framework;

namespace ClaimCheck.Cli.Tests.Core;

/// <summary>Name patterns, the test filter built from them, and the results folder's safety rule.</summary>
public class SelectionTests
{
    [TestCase("Unit3", "BottleneckClaims.Unit3MeansStripes", true)]
    [TestCase("unit3", "BottleneckClaims.Unit3MeansStripes", true)]
    [TestCase("Unit3", "BottleneckClaims.Unit1MeansStripes", false)]
    [TestCase("Bottleneck*", "BottleneckClaims.Unit1MeansStripes", true)]
    [TestCase("*.Unit?MeansStripes", "BottleneckClaims.Unit1MeansStripes", true)]
    [TestCase("Ablation*", "BottleneckClaims.Unit1MeansStripes", false)]
    [TestCase("Claims.*Stripes", "BottleneckClaims.Unit1MeansStripes", false)] // a wildcard pattern covers the whole name
    public void A_pattern_is_a_substring_or_a_whole_name_wildcard(string pattern, string name, bool matches)
    {
        Assert.That(new NamePattern(pattern).Matches(name), Is.EqualTo(matches));
    }

    [Test]
    public void The_test_filter_names_each_test_and_escapes_the_filter_language()
    {
        string filter = TestFilter.For(["Claims.A.M1", "Odd.Name(1)"]);

        Assert.That(filter, Is.EqualTo(@"FullyQualifiedName=Claims.A.M1|FullyQualifiedName=Odd.Name\(1\)"));
    }

    [Test]
    public void A_results_folder_claimcheck_made_is_emptied_for_the_next_run()
    {
        using var folder = new TemporaryFolder();
        ResultsDirectory.Prepare(folder.Path);
        File.WriteAllText(folder.File("Old.outcome.json"), "{}");

        ResultsDirectory.Prepare(folder.Path);

        Assert.That(folder.File("Old.outcome.json"), Does.Not.Exist);
        Assert.That(folder.File(ResultsDirectory.Marker), Does.Exist);
    }

    [Test]
    public void A_folder_with_files_claimcheck_did_not_write_is_refused()
    {
        using var folder = new TemporaryFolder();
        File.WriteAllText(folder.File("thesis.tex"), "%");

        var error = Assert.Throws<ClaimCheckException>(() => ResultsDirectory.Prepare(folder.Path));

        Assert.That(error!.Diagnostic.Id, Is.EqualTo(DiagnosticIds.ResultsFolderNotOwned));
        Assert.That(folder.File("thesis.tex"), Does.Exist);
    }
}
