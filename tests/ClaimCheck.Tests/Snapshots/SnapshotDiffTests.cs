using ClaimCheck.Snapshots;
using NUnit.Framework;

namespace ClaimCheck.Tests.Snapshots;

public class SnapshotDiffTests
{
    private static string RenderOf(string verifiedText, string receivedText) =>
        SnapshotDiff.Render(
            verifiedText,
            receivedText,
            SnapshotComparer.Compare(SnapshotJson.Parse(verifiedText, "v"), SnapshotJson.Parse(receivedText, "r"), new SnapshotSettings()));

    [Test]
    public void Semantic_differences_come_first_then_the_line_diff()
    {
        string verified = SnapshotJson.Serialize(SampleSnapshots.Claim());
        string received = SnapshotJson.Serialize(SampleSnapshots.Claim(verdict: "Brittle"));

        string text = RenderOf(verified, received);

        Assert.Multiple(() =>
        {
            Assert.That(text, Does.StartWith("Semantic differences (1), verified -> received:\n  $.verdict: \"Holds\" -> \"Brittle\"\n"));
            Assert.That(text, Does.Contain("- " + "  \"verdict\": \"Holds\",\n" + "+ " + "  \"verdict\": \"Brittle\",\n"));
            Assert.That(text.IndexOf("Line diff", StringComparison.Ordinal), Is.GreaterThan(text.IndexOf("$.verdict", StringComparison.Ordinal)));
        });
    }

    [Test]
    public void The_line_diff_shows_three_lines_of_context_in_a_hunk()
    {
        string verified = string.Join("\n", Enumerable.Range(1, 20).Select(i => $"line {i}")) + "\n";
        string received = verified.Replace("line 10\n", "line ten\n", StringComparison.Ordinal);

        string text = SnapshotDiff.Render(verified, received, []);

        Assert.That(text, Does.EndWith(
            "@@ -7,7 +7,7 @@\n  line 7\n  line 8\n  line 9\n- line 10\n+ line ten\n  line 11\n  line 12\n  line 13\n"));
        Assert.That(text, Does.Not.Contain("line 6").And.Not.Contain("line 14"));
    }

    [Test]
    public void Distant_changes_get_separate_hunks()
    {
        string verified = string.Join("\n", Enumerable.Range(1, 30).Select(i => $"line {i}")) + "\n";
        string received = verified.Replace("line 2\n", "line two\n", StringComparison.Ordinal).Replace("line 28\n", "line 28b\n", StringComparison.Ordinal);

        string text = SnapshotDiff.Render(verified, received, []);

        Assert.That(text.Split('\n').Count(l => l.StartsWith("@@", StringComparison.Ordinal)), Is.EqualTo(2));
    }

    [Test]
    public void CRLF_line_ends_are_no_line_difference()
    {
        string received = SnapshotJson.Serialize(SampleSnapshots.Claim());
        string verified = received.Replace("\n", "\r\n", StringComparison.Ordinal);

        string text = SnapshotDiff.Render(verified, received, []);

        Assert.That(text, Does.Contain("(no line differences)"));
    }

    [Test]
    public void Absent_values_are_shown_as_absent()
    {
        string text = RenderOf("{\"a\": 1}", "{\"b\": 2}");

        Assert.That(text, Does.Contain("  $.a: 1 -> (absent)\n  $.b: (absent) -> 2\n"));
    }
}
