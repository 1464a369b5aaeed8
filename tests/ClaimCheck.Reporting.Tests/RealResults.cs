using NUnit.Framework;

using System.Text.Json.Nodes;

namespace ClaimCheck.Reporting.Tests;

/// <summary>The committed results of a real run of the example suite (Fixtures/results; see Fixtures/README.md).</summary>
internal static class RealResults
{
    public static string Folder => Path.Combine(TestContext.CurrentContext.TestDirectory, "Fixtures", "results");

    public static string[] Ids => Directory.GetFiles(Folder, "*.full.json")
        .Select(p => Path.GetFileName(p)[..^".full.json".Length])
        .Order(StringComparer.Ordinal)
        .ToArray();

    public static JsonObject Document(string id) => JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, id + ".full.json")))!.AsObject();
}
