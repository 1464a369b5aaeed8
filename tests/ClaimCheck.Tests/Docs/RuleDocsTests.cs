using System.Reflection;
using System.Text.RegularExpressions;
using ClaimCheck.Diagnostics;
using ClaimCheck.Evidence.Steering;
using NUnit.Framework;

namespace ClaimCheck.Tests.Docs;

/// <summary>
/// Keeps the diagnostic catalog and its documentation in sync (the nunit.analyzers / xunit.analyzers habit): every
/// constant of <see cref="DiagnosticIds"/> (and of the steering catalog, <see cref="SteeringDiagnosticIds"/>) is a well-formed, unique ID with a page at <c>docs/rules/{ID}.md</c> that
/// follows the one template and is listed in <c>docs/rules/README.md</c>; no page documents an ID that does not exist.
/// </summary>
public class RuleDocsTests
{
    /// <summary>The sections every rule page has, in this order.</summary>
    private static readonly string[] Sections =
    [
        "## What it means",
        "## Why it matters",
        "## Example",
        "## How to fix",
        "## Severity",
    ];

    private static readonly Regex IdPattern = new(@"^CLM[0-9]{4}\z", RegexOptions.CultureInvariant);

    /// <summary>The catalogs: the shared one and those an evidence kind keeps in its own folder.</summary>
    private static readonly Type[] Catalogs = [typeof(DiagnosticIds), typeof(SteeringDiagnosticIds)];

    /// <summary>Every public const string of the catalogs, by field name.</summary>
    private static IReadOnlyList<(string Field, string Id)> Catalog() =>
        Catalogs
            .SelectMany(catalog => catalog
                .GetFields(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .Where(f => f.IsLiteral && !f.IsInitOnly && f.FieldType == typeof(string))
                .Select(f => ($"{catalog.Name}.{f.Name}", (string)f.GetRawConstantValue()!)))
            .ToArray();

    private static IEnumerable<string> Ids() => Catalog().Select(entry => entry.Id);

    [Test]
    public void The_catalog_is_not_empty()
    {
        Assert.That(Catalog(), Is.Not.Empty, "reflection found no public const string fields on DiagnosticIds");
    }

    [Test]
    public void Every_ID_is_CLM_and_four_digits()
    {
        string[] malformed = Catalog().Where(e => !IdPattern.IsMatch(e.Id)).Select(e => $"{e.Field} = \"{e.Id}\"").ToArray();

        Assert.That(malformed, Is.Empty, "IDs must match ^CLM\\d{4}$");
    }

    [Test]
    public void No_two_constants_share_an_ID()
    {
        string[] shared = Catalog()
            .GroupBy(e => e.Id, StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(e => e.Field))}")
            .ToArray();

        Assert.That(shared, Is.Empty, "each ID names exactly one rule");
    }

    [TestCaseSource(nameof(Ids))]
    public void The_ID_has_a_page_titled_with_it(string id)
    {
        string page = PagePath(id);
        Assume.That(IdPattern.IsMatch(id), $"'{id}' is not a well-formed ID (reported by {nameof(Every_ID_is_CLM_and_four_digits)})");

        Assert.That(page, Does.Exist, $"no page at {page}");
        Assert.That(FirstLine(page), Does.StartWith(TitlePrefix(id)), $"the first line of {page} must be '{TitlePrefix(id)}<Title>'");
        Assert.That(Title(id, page), Is.Not.Empty, $"{page} has no title after the ID");
    }

    [TestCaseSource(nameof(Ids))]
    public void The_page_has_the_five_sections_in_order(string id)
    {
        string page = PagePath(id);
        Assume.That(File.Exists(page), $"no page at {page} (reported by {nameof(The_ID_has_a_page_titled_with_it)})");

        string[] headings = File.ReadLines(page)
            .Select(line => line.TrimEnd())
            .Where(line => line.StartsWith("## ", StringComparison.Ordinal))
            .ToArray();

        Assert.That(headings, Is.EqualTo(Sections), $"{page} must have exactly these sections, in this order: {string.Join(" / ", Sections)}");
    }

    [TestCaseSource(nameof(Ids))]
    public void The_index_links_the_page_with_its_title(string id)
    {
        string index = Path.Combine(RulesFolder(), "README.md");
        Assert.That(index, Does.Exist, $"no rule index at {index}");

        // A table row of the index starts with the ID linked to its page; prose may link pages elsewhere.
        string rowStart = $"| [{id}]({id}.md) |";
        string[] rows = File.ReadLines(index).Where(line => line.StartsWith(rowStart, StringComparison.Ordinal)).ToArray();
        Assert.That(rows, Has.Length.EqualTo(1), $"{index} must have exactly one table row starting with {rowStart}");

        string page = PagePath(id);
        Assume.That(File.Exists(page), $"no page at {page} (reported by {nameof(The_ID_has_a_page_titled_with_it)})");
        string title = Title(id, page);
        Assume.That(title, Is.Not.Empty, $"{page} has no title (reported by {nameof(The_ID_has_a_page_titled_with_it)})");
        Assert.That(rows[0], Does.Contain($"| {title} |"), $"the index row of {id} must carry the page's title '{title}'");
    }

    [Test]
    public void Every_page_documents_an_ID_of_the_catalog()
    {
        var known = new HashSet<string>(Catalog().Select(e => e.Id), StringComparer.Ordinal);
        string[] orphans = Directory.EnumerateFiles(RulesFolder(), "*.md")
            .Select(path => Path.GetFileNameWithoutExtension(path))
            .Where(name => !name.Equals("README", StringComparison.Ordinal) && !known.Contains(name))
            .Order(StringComparer.Ordinal)
            .ToArray();

        Assert.That(orphans, Is.Empty, "these pages document IDs that DiagnosticIds does not define");
    }

    [Test]
    public void The_index_links_no_ID_outside_the_catalog()
    {
        var known = new HashSet<string>(Catalog().Select(e => e.Id), StringComparer.Ordinal);
        string text = File.ReadAllText(Path.Combine(RulesFolder(), "README.md"));
        string[] unknown = Regex.Matches(text, @"\((CLM[0-9]{4})\.md\)")
            .Select(m => m.Groups[1].Value)
            .Where(id => !known.Contains(id))
            .Distinct(StringComparer.Ordinal)
            .ToArray();

        Assert.That(unknown, Is.Empty, "docs/rules/README.md links IDs that DiagnosticIds does not define");
    }

    private static string TitlePrefix(string id) => $"# {id}: ";

    private static string FirstLine(string page) => File.ReadLines(page).FirstOrDefault() ?? string.Empty;

    /// <summary>The title after "# {ID}: " on the page's first line, or empty when the line has another shape.</summary>
    private static string Title(string id, string page)
    {
        string firstLine = FirstLine(page);
        return firstLine.StartsWith(TitlePrefix(id), StringComparison.Ordinal) ? firstLine[TitlePrefix(id).Length..].Trim() : string.Empty;
    }

    private static string PagePath(string id) => Path.Combine(RulesFolder(), id + ".md");

    private static string RulesFolder() => Path.Combine(RepositoryRoot.Find(), "docs", "rules");
}
