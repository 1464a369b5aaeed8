using ClaimCheck.Diagnostics;
using ClaimCheck.Snapshots;
using NUnit.Framework;

namespace ClaimCheck.Tests.Snapshots;

public class SnapshotNameTests
{
    private static IEnumerable<TestCaseData> InvalidNames()
    {
        yield return new TestCaseData("../x").SetName("Parent traversal ../x");
        yield return new TestCaseData("..").SetName("Parent folder ..");
        yield return new TestCaseData("a/b").SetName("Forward slash a/b");
        yield return new TestCaseData("a\\b").SetName("Backslash a\\b");
        yield return new TestCaseData("").SetName("Empty");
        yield return new TestCaseData("   ").SetName("Whitespace only");
        yield return new TestCaseData("CON").SetName("Device name CON");
        yield return new TestCaseData("nul").SetName("Device name nul in lower case");
        yield return new TestCaseData("Com1.Method").SetName("Device name before the first dot Com1.Method");
        yield return new TestCaseData("LPT9").SetName("Device name LPT9");
        yield return new TestCaseData(new string('a', 300)).SetName("300 characters");
        yield return new TestCaseData("a:b").SetName("Colon a:b");
        yield return new TestCaseData("Probe.M<T>").SetName("Angle brackets");
        yield return new TestCaseData("a\u0000b").SetName("NUL character");
        yield return new TestCaseData("a\nb").SetName("Newline");
    }

    [TestCaseSource(nameof(InvalidNames))]
    public void Unsafe_names_are_refused_with_CLM4005(string name)
    {
        ClaimCheckException? ex = Assert.Throws<ClaimCheckException>(() => SnapshotStore.ValidateName(name));

        Assert.That(ex!.Diagnostic.Id, Is.EqualTo(DiagnosticIds.InvalidSnapshotName));
    }

    [TestCase("ProbeClaims.Unit42_means_negation")]
    [TestCase("Outer+Inner.Method-2")]
    [TestCase("Method(0.5)")]
    [TestCase("CONSOLE.Method")]
    [TestCase("négation")]
    public void Safe_names_are_returned_as_given(string name)
    {
        Assert.That(SnapshotStore.ValidateName(name), Is.EqualTo(name));
    }

    [Test]
    public void A_name_of_200_characters_is_allowed()
    {
        string name = new('a', 200);

        Assert.That(SnapshotStore.ValidateName(name), Is.EqualTo(name));
    }

    [Test]
    public void Paths_are_built_from_validated_names_only()
    {
        var store = new SnapshotStore(Path.GetTempPath(), new SnapshotSettings());

        Assert.Multiple(() =>
        {
            Assert.That(store.VerifiedPath("P.M"), Is.EqualTo(Path.Combine(Path.GetFullPath(Path.GetTempPath()), "P.M.verified.json")));
            Assert.That(store.ReceivedPath("P.M"), Is.EqualTo(Path.Combine(Path.GetFullPath(Path.GetTempPath()), "P.M.received.json")));
            Assert.That(() => store.VerifiedPath("../x"), Throws.TypeOf<ClaimCheckException>());
        });
    }
}
