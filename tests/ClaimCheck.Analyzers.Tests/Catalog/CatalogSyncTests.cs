using System.Collections.Immutable;
using System.Reflection;
using ClaimCheck.Analyzers.CodeFixes;
using ClaimCheck.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using NUnit.Framework;

namespace ClaimCheck.Analyzers.Tests.Catalog;

/// <summary>
/// Keeps the analyzers, the catalog and the docs in sync (the nunit.analyzers habit): the analyzers' embedded copy of
/// the catalog equals <see cref="DiagnosticIds"/>; every rule an analyzer reports is a catalog ID with a page whose
/// title and severity are the descriptor's, an index row, and a help link to that page.
/// </summary>
public class CatalogSyncTests
{
    private static string[] CatalogIds() =>
    [
        .. new[] { typeof(DiagnosticIds), typeof(DiagnosticIds).Assembly.GetType("ClaimCheck.Evidence.Steering.SteeringDiagnosticIds", throwOnError: true)! }
            .SelectMany(catalog => catalog.GetFields(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!),
    ];

    private static IEnumerable<DiagnosticDescriptor> AllDescriptors() => Descriptors.All();

    /// <summary>The rules' IDs, so each test case is named by its rule.</summary>
    private static IEnumerable<string> Rules() => AllDescriptors().Select(d => d.Id);

    private static DiagnosticDescriptor Descriptor(string id) => AllDescriptors().Single(d => d.Id == id);

    private static DiagnosticAnalyzer[] Analyzers() =>
    [
        .. typeof(Descriptors).Assembly.GetTypes()
            .Where(t => t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!),
    ];

    private static CodeFixProvider[] CodeFixes() =>
    [
        .. typeof(AddHeldOutCodeFix).Assembly.GetTypes()
            .Where(t => t.GetCustomAttribute<ExportCodeFixProviderAttribute>() is not null)
            .Select(t => (CodeFixProvider)Activator.CreateInstance(t)!),
    ];

    [Test]
    public void The_embedded_catalog_equals_DiagnosticIds()
    {
        Assert.That(KnownDiagnosticIds.All, Is.Unique);
        Assert.That(KnownDiagnosticIds.All, Is.EquivalentTo(CatalogIds()),
            "KnownDiagnosticIds.All (src/ClaimCheck.Analyzers/Catalog/KnownDiagnosticIds.cs) must list exactly the constants of DiagnosticIds and of the kinds' own catalogs");
    }

    [Test]
    public void Every_rule_is_a_catalog_ID_and_has_one_descriptor()
    {
        string[] ids = [.. AllDescriptors().Select(d => d.Id)];

        Assert.That(ids, Is.Unique);
        Assert.That(CatalogIds(), Is.SupersetOf(ids));
    }

    [Test]
    public void Every_descriptor_is_reported_by_exactly_one_analyzer()
    {
        string[] supported = [.. Analyzers().SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id)];

        Assert.That(supported, Is.EquivalentTo(AllDescriptors().Select(d => d.Id)));
    }

    [Test]
    public void Every_code_fix_fixes_a_rule()
    {
        CodeFixProvider[] fixes = CodeFixes();

        Assert.That(fixes, Has.Length.EqualTo(3));
        Assert.That(AllDescriptors().Select(d => d.Id), Is.SupersetOf(fixes.SelectMany(f => f.FixableDiagnosticIds)));
    }

    [TestCaseSource(nameof(Rules))]
    public void The_help_link_is_the_rule_page(string id)
    {
        DiagnosticDescriptor descriptor = Descriptor(id);
        Assert.That(descriptor.HelpLinkUri, Is.EqualTo($"https://github.com/claimcheck/claimcheck/blob/main/docs/rules/{descriptor.Id}.md"));
        Assert.That(descriptor.Category, Is.EqualTo("ClaimCheck"));
        Assert.That(descriptor.IsEnabledByDefault, Is.True);
    }

    [TestCaseSource(nameof(Rules))]
    public void The_page_has_the_descriptor_title_and_severity(string id)
    {
        DiagnosticDescriptor descriptor = Descriptor(id);
        string page = RepositoryFiles.RulePage(descriptor.Id);
        Assert.That(page, Does.Exist);

        string[] lines = File.ReadAllLines(page);
        Assert.That(lines[0], Is.EqualTo($"# {descriptor.Id}: {descriptor.Title}"), "the page title is the descriptor title");
        Assert.That(lines, Has.Some.Contains($"Default severity: **{descriptor.DefaultSeverity}**"));
    }

    [TestCaseSource(nameof(Rules))]
    public void The_index_row_has_the_descriptor_title_and_severity(string id)
    {
        DiagnosticDescriptor descriptor = Descriptor(id);
        string[] rows = [.. File.ReadLines(Path.Combine(RepositoryFiles.RulesFolder, "README.md")).Where(line => line.StartsWith($"| [{descriptor.Id}]({descriptor.Id}.md) |", StringComparison.Ordinal))];

        Assert.That(rows, Has.Length.EqualTo(1));
        string[] cells = [.. rows[0].Split('|').Select(cell => cell.Trim())];
        Assert.That(cells[2], Is.EqualTo(descriptor.Title.ToString()));
        Assert.That(cells[4], Does.StartWith(descriptor.DefaultSeverity.ToString()));
    }

    [Test]
    public void Release_tracking_lists_every_rule_with_its_severity()
    {
        string folder = Path.Combine(RepositoryFiles.Root(), "src", "ClaimCheck.Analyzers");
        string[] rows =
        [
            .. File.ReadLines(Path.Combine(folder, "AnalyzerReleases.Shipped.md"))
                .Concat(File.ReadLines(Path.Combine(folder, "AnalyzerReleases.Unshipped.md")))
                .Where(line => line.StartsWith("CLM", StringComparison.Ordinal)),
        ];

        Assert.That(
            rows.Select(row => string.Join(" | ", row.Split('|').Take(3).Select(cell => cell.Trim()))),
            Is.EquivalentTo(AllDescriptors().Select(d => $"{d.Id} | {d.Category} | {d.DefaultSeverity}")));
    }
}
