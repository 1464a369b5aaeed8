using System.Text;
using System.Text.Json.Nodes;
using ClaimCheck.Diagnostics;
using ClaimCheck.Snapshots;
using NUnit.Framework;

namespace ClaimCheck.Tests.Snapshots;

public class SnapshotJsonTests
{
    [Test]
    public void Equal_documents_serialize_to_byte_identical_text()
    {
        byte[] first = Encoding.UTF8.GetBytes(SnapshotJson.Serialize(SampleSnapshots.Claim()));
        byte[] second = Encoding.UTF8.GetBytes(SnapshotJson.Serialize(SampleSnapshots.Claim()));

        Assert.That(second, Is.EqualTo(first));
    }

    [Test]
    public void Text_is_indented_with_two_spaces_LF_only_and_ends_with_a_newline()
    {
        var document = new JsonObject { ["a"] = 1, ["b"] = new JsonArray(1, 2), ["c"] = new JsonObject(), ["d"] = new JsonArray() };

        string text = SnapshotJson.Serialize(document);

        Assert.That(text, Is.EqualTo("{\n  \"a\": 1,\n  \"b\": [\n    1,\n    2\n  ],\n  \"c\": {},\n  \"d\": []\n}\n"));
    }

    [Test]
    public void Keys_keep_the_order_the_document_has()
    {
        var document = new JsonObject { ["verdict"] = "Holds", ["claim"] = "x", ["auroc"] = 0.9, ["b"] = 1, ["a"] = 2 };

        string text = SnapshotJson.Serialize(document);

        string[] keys = text.Split('\n').Where(l => l.StartsWith("  \"", StringComparison.Ordinal)).Select(l => l.Split('"')[1]).ToArray();
        Assert.That(keys, Is.EqualTo(new[] { "verdict", "claim", "auroc", "b", "a" }));
    }

    [Test]
    public void Numbers_are_written_as_shortest_invariant_round_trip_text()
    {
        var document = new JsonObject
        {
            ["double"] = 0.85,
            ["whole"] = 3.0,
            ["tiny"] = 1e-7,
            ["decimal"] = 0.850m,
            ["float"] = 0.1f,
            ["seed"] = long.MaxValue,
            ["negative"] = -2,
        };

        string text = SnapshotJson.Serialize(document);

        Assert.That(text, Is.EqualTo(
            "{\n  \"double\": 0.85,\n  \"whole\": 3,\n  \"tiny\": 1E-07,\n  \"decimal\": 0.85,\n  \"float\": 0.1,\n"
            + "  \"seed\": 9223372036854775807,\n  \"negative\": -2\n}\n"));
    }

    [Test]
    public void Integers_beyond_double_precision_keep_every_digit()
    {
        JsonNode parsed = SnapshotJson.Parse("{\"seed\": 123456789012345678901234567890}", "test");

        Assert.That(SnapshotJson.Serialize(parsed), Does.Contain("123456789012345678901234567890"));
    }

    [Test]
    public void Non_ASCII_text_is_written_as_is_and_only_what_JSON_needs_is_escaped()
    {
        var document = new JsonObject { ["text"] = "négation 中文 😀 <b>&'\"\\\n\t\u0001" };

        string text = SnapshotJson.Serialize(document);

        Assert.That(text, Is.EqualTo("{\n  \"text\": \"négation 中文 😀 <b>&'\\\"\\\\\\n\\t\\u0001\"\n}\n"));
    }

    [Test]
    public void Parsing_canonical_text_and_serializing_again_gives_the_same_text()
    {
        string text = SnapshotJson.Serialize(SampleSnapshots.Claim());

        Assert.That(SnapshotJson.Serialize(SnapshotJson.Parse(text, "test")), Is.EqualTo(text));
    }

    [Test]
    public void Parsed_text_in_another_layout_serializes_canonically()
    {
        const string Loose = "{\"b\":  [1,2.50, 1e2],\r\n \"a\" : \"\\u00e9\\u0041\"}";

        string text = SnapshotJson.Serialize(SnapshotJson.Parse(Loose, "test"));

        Assert.That(text, Is.EqualTo("{\n  \"b\": [\n    1,\n    2.5,\n    100\n  ],\n  \"a\": \"éA\"\n}\n"));
    }

    [Test]
    public void A_NaN_score_is_refused_with_its_path()
    {
        var document = new JsonObject { ["evidence"] = new JsonObject { ["auroc"] = double.NaN } };

        Assert.That(() => SnapshotJson.Serialize(document), Throws.ArgumentException.With.Message.Contains("$.evidence.auroc"));
    }

    [TestCase("{\"verdict\": \"Holds\",}")]
    [TestCase("{\"verdict\": ")]
    [TestCase("")]
    [TestCase("null")]
    [TestCase("{\"verdict\": \"Holds\", \"verdict\": \"Brittle\"}")]
    public void Malformed_text_throws_CLM4003_naming_the_file(string text)
    {
        ClaimCheckException? ex = Assert.Throws<ClaimCheckException>(() => SnapshotJson.Parse(text, "Probe.Unit42.verified.json"));

        Assert.Multiple(() =>
        {
            Assert.That(ex!.Diagnostic.Id, Is.EqualTo(DiagnosticIds.SnapshotMalformed));
            Assert.That(ex.Diagnostic.Message, Does.Contain("Probe.Unit42.verified.json"));
        });
    }

    [Test]
    public void Merge_conflict_markers_throw_CLM4003_saying_so()
    {
        const string Conflicted = "{\n<<<<<<< HEAD\n  \"verdict\": \"Holds\"\n=======\n  \"verdict\": \"Brittle\"\n>>>>>>> feature\n}\n";

        ClaimCheckException? ex = Assert.Throws<ClaimCheckException>(() => SnapshotJson.Parse(Conflicted, "Probe.Unit42.verified.json"));

        Assert.Multiple(() =>
        {
            Assert.That(ex!.Diagnostic.Id, Is.EqualTo(DiagnosticIds.SnapshotMalformed));
            Assert.That(ex.Diagnostic.Message, Does.Contain("merge-conflict markers").And.Contain("line 2"));
        });
    }

    [Test]
    public void A_leading_byte_order_mark_is_tolerated()
    {
        JsonNode parsed = SnapshotJson.Parse("\uFEFF{\"verdict\": \"Holds\"}", "test");

        Assert.That((string?)parsed["verdict"], Is.EqualTo("Holds"));
    }
}
