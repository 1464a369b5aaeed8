using ClaimCheck.Reports;
using NUnit.Framework;

namespace ClaimCheck.Reporting.Tests;

/// <summary>
/// The committed records of a real run of the example suite (Fixtures/results; see Fixtures/README.md), written by the
/// core's writer and read here through the core's one reader, so a renamed field fails these tests.
/// </summary>
internal static class RealResults
{
    public static string Folder => Path.Combine(TestContext.CurrentContext.TestDirectory, "Fixtures", "results");

    public static string[] Ids => Directory.GetFiles(Folder, "*" + ClaimRecords.FullSuffix)
        .Select(p => Path.GetFileName(p)[..^ClaimRecords.FullSuffix.Length])
        .Order(StringComparer.Ordinal)
        .ToArray();

    public static string Text(string id) => File.ReadAllText(Path.Combine(Folder, id + ClaimRecords.FullSuffix));

    public static VerdictDocument Document(string id) => VerdictDocument.Parse(Text(id), id + ClaimRecords.FullSuffix);
}
