using System.Text.Json.Nodes;
using ClaimCheck.Snapshots;
using NUnit.Framework;

namespace ClaimCheck.Tests.Snapshots;

public class SnapshotComparerTests
{
    private static readonly SnapshotSettings Defaults = new();

    private static IReadOnlyList<SnapshotDifference> Compare(string verified, string received, SnapshotSettings? settings = null) =>
        SnapshotComparer.Compare(SnapshotJson.Parse(verified, "verified"), SnapshotJson.Parse(received, "received"), settings ?? Defaults);

    [TestCase("0.84", "0.85", TestName = "A last-digit flip of a score matches (0.84 vs 0.85)")]
    [TestCase("0.85", "0.84", TestName = "A last-digit flip down matches (0.85 vs 0.84)")]
    [TestCase("0.8400", "0.84", TestName = "Trailing zeros do not matter")]
    [TestCase("3", "3.0", TestName = "3 and 3.0 match")]
    [TestCase("\"Holds\"", "\"Holds\"", TestName = "Equal strings match")]
    [TestCase("null", "null", TestName = "Nulls match")]
    [TestCase("123456789012345678901", "123456789012345678901", TestName = "Equal big integers match")]
    [TestCase("\"AUROC 0.93 [0.91, 0.95]\"", "\"AUROC 0.94 [0.91, 0.96]\"", TestName = "Figures inside a message get the numbers' tolerance")]
    public void Values_that_agree_match(string verified, string received)
    {
        Assert.That(Compare($"{{\"v\": {verified}}}", $"{{\"v\": {received}}}"), Is.Empty);
    }

    [TestCase("0.84", "0.86", TestName = "A score change of two last digits differs (0.84 vs 0.86)")]
    [TestCase("3", "4", TestName = "An integer change differs (3 vs 4)")]
    [TestCase("9007199254740993", "9007199254740992", TestName = "A seed change beyond double precision differs")]
    [TestCase("\"Holds\"", "\"Brittle\"", TestName = "A verdict change differs (Holds vs Brittle)")]
    [TestCase("\"holds\"", "\"Holds\"", TestName = "Strings compare case-sensitively")]
    [TestCase("true", "false", TestName = "Booleans compare exactly")]
    [TestCase("\"AUROC 0.93 [0.91, 0.95]\"", "\"AUROC 0.96 [0.91, 0.95]\"", TestName = "A figure inside a message beyond tolerance differs")]
    [TestCase("\"also responds to curves: 0.93\"", "\"also responds to dots: 0.93\"", TestName = "The words of a message compare exactly")]
    [TestCase("\"12 of 20 top examples\"", "\"13 of 20 top examples\"", TestName = "Integers inside a message compare exactly")]
    [TestCase("null", "0", TestName = "Null and zero differ")]
    [TestCase("\"1\"", "1", TestName = "A string and a number differ")]
    [TestCase("{}", "[]", TestName = "An object and an array differ")]
    public void Values_that_disagree_differ(string verified, string received)
    {
        IReadOnlyList<SnapshotDifference> differences = Compare($"{{\"v\": {verified}}}", $"{{\"v\": {received}}}");

        Assert.That(differences, Is.EqualTo(new[] { new SnapshotDifference("$.v", verified, received) }));
    }

    [Test]
    public void Key_order_does_not_matter()
    {
        Assert.That(Compare("{\"a\": 1, \"b\": {\"x\": 1, \"y\": 2}}", "{\"b\": {\"y\": 2, \"x\": 1}, \"a\": 1}"), Is.Empty);
    }

    [Test]
    public void An_added_key_differs()
    {
        Assert.That(
            Compare("{\"a\": 1}", "{\"a\": 1, \"b\": \"new\"}"),
            Is.EqualTo(new[] { new SnapshotDifference("$.b", null, "\"new\"") }));
    }

    [Test]
    public void A_removed_key_differs()
    {
        Assert.That(
            Compare("{\"a\": 1, \"b\": [1]}", "{\"a\": 1}"),
            Is.EqualTo(new[] { new SnapshotDifference("$.b", "[1]", null) }));
    }

    [Test]
    public void Arrays_of_different_length_differ_at_the_extra_elements()
    {
        Assert.Multiple(() =>
        {
            Assert.That(
                Compare("{\"a\": [1, 2]}", "{\"a\": [1, 2, 3]}"),
                Is.EqualTo(new[] { new SnapshotDifference("$.a[2]", null, "3") }));
            Assert.That(
                Compare("{\"a\": [1, 2, 3]}", "{\"a\": [1]}"),
                Is.EqualTo(new[] { new SnapshotDifference("$.a[1]", "2", null), new SnapshotDifference("$.a[2]", "3", null) }));
        });
    }

    [Test]
    public void Array_elements_are_compared_by_index()
    {
        Assert.That(
            Compare("{\"a\": [1, 2]}", "{\"a\": [2, 1]}"),
            Is.EqualTo(new[] { new SnapshotDifference("$.a[0]", "1", "2"), new SnapshotDifference("$.a[1]", "2", "1") }));
    }

    [Test]
    public void A_nested_difference_is_reported_with_its_JSON_path()
    {
        IReadOnlyList<SnapshotDifference> differences =
            SnapshotComparer.Compare(SampleSnapshots.Claim(auroc: 0.84), SampleSnapshots.Claim(auroc: 0.90), Defaults);

        Assert.That(differences, Is.EqualTo(new[] { new SnapshotDifference("$.evidence.heldOut.auroc", "0.84", "0.9") }));
    }

    [Test]
    public void Keys_that_are_not_plain_names_use_bracket_notation()
    {
        Assert.That(
            Compare("{\"held out\": {\"it's\": 1}}", "{\"held out\": {\"it's\": 2}}").Single().Path,
            Is.EqualTo("$['held out']['it\\'s']"));
    }

    [Test]
    public void Every_difference_of_a_claim_is_reported_in_document_order()
    {
        IReadOnlyList<SnapshotDifference> differences = SnapshotComparer.Compare(
            SampleSnapshots.Claim(),
            SampleSnapshots.Claim(verdict: "Brittle", positives: 121, seed: 99),
            Defaults);

        Assert.That(differences.Select(d => d.Path), Is.EqualTo(new[] { "$.verdict", "$.evidence.heldOut.positives", "$.seed" }));
    }

    [Test]
    public void The_tolerance_comes_from_the_settings()
    {
        var strict = new SnapshotSettings { NumberTolerance = 0 };

        Assert.Multiple(() =>
        {
            Assert.That(Compare("{\"v\": 0.84}", "{\"v\": 0.85}", strict), Has.Count.EqualTo(1));
            Assert.That(Compare("{\"v\": 0.84}", "{\"v\": 0.84}", strict), Is.Empty);
        });
    }

    [Test]
    public void Integers_are_compared_exactly_whatever_the_tolerance()
    {
        var loose = new SnapshotSettings { NumberTolerance = 5 };

        Assert.Multiple(() =>
        {
            Assert.That(Compare("{\"count\": 3}", "{\"count\": 4}", loose), Has.Count.EqualTo(1));
            Assert.That(Compare("{\"score\": 3.5}", "{\"score\": 4.5}", loose), Is.Empty);
        });
    }

    [Test]
    public void Documents_built_in_code_compare_like_parsed_ones()
    {
        var built = new JsonObject { ["v"] = 0.85m, ["n"] = 3 };

        Assert.That(SnapshotComparer.Compare(SnapshotJson.Parse("{\"n\": 3, \"v\": 0.84}", "verified"), built, Defaults), Is.Empty);
    }

    [Test]
    public void A_value_wrapping_a_dictionary_compares_key_by_key()
    {
        var received = new JsonObject { ["m"] = JsonValue.Create(new Dictionary<string, double> { ["b"] = 0.85, ["a"] = 1 }) };

        Assert.That(SnapshotComparer.Compare(SnapshotJson.Parse("{\"m\": {\"a\": 1, \"b\": 0.84}}", "verified"), received, Defaults), Is.Empty);
    }
}
