using ClaimCheck.Claims;
using ClaimCheck.Diagnostics;
using ClaimCheck.Evidence.Edits;
using ClaimCheck.Evidence.HeldOut;
using NUnit.Framework;

namespace ClaimCheck.Tests.Docs;

/// <summary>Comments and XML docs say true things: they cite files the repository has, APIs that exist, the IDs raised and the defaults used.</summary>
public class SourceDocsTests
{
    // The example of Claim's XML doc, character for character; the test below compiles and runs the same code.
    private const string FluentExample = "Claim.That(Subjects.Unit(\"bottleneck\", 2)).Means(\"stripes\").WithHeldOut().Named(\"MyClaims.Unit2\")";

    [Test]
    public void Every_markdown_file_a_source_or_doc_cites_is_in_the_repository()
    {
        // A cited file the reader cannot open helps no one: what they need goes in the comment itself or in docs/.
        string root = RepositoryRoot.Find();
        string[] files = [.. Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Where(path => !IsOutsideTheSources(root, path))];
        var names = new HashSet<string>(files.Select(Path.GetFileName)!, StringComparer.Ordinal);
        string[] dangling = [.. files
            .Where(path => Path.GetExtension(path) is ".cs" or ".md" or ".props" or ".targets" or ".csproj")
            .SelectMany(path => CitedMarkdown.Matches(File.ReadAllText(path)).Select(m => (File: Path.GetRelativePath(root, path), Cited: m.Value)))
            .Where(c => !names.Contains(c.Cited) && !c.Cited.Contains("xxxx", StringComparison.Ordinal))
            .Select(c => $"{c.File} cites {c.Cited}")];

        Assert.That(dangling, Is.Empty);
    }

    [Test]
    public void The_fluent_example_in_Claims_doc_is_code_that_builds_the_claim_it_says()
    {
        ClaimDefinition claim = Claim.That(Subjects.Unit("bottleneck", 2)).Means("stripes").WithHeldOut().Named("MyClaims.Unit2");

        Assert.That(claim.Subject, Is.EqualTo(new UnitSubject("bottleneck", 2)));
        Assert.That((claim.Concept, claim.Kind, claim.Id), Is.EqualTo(("stripes", ClaimKind.Means, "MyClaims.Unit2")));
        Assert.That(Source("src/ClaimCheck/Fluent/Claim.cs"), Does.Contain("<code>" + FluentExample + "</code>"));
    }

    [Test]
    public void HeldOutAttribute_names_the_ID_its_out_of_range_settings_get()
    {
        HeldOutSettings spec = new HeldOutAttribute { NullDirections = -1 }.ApplyTo(new HeldOutSettings());
        string id = Assert.Throws<ClaimCheckException>(spec.Validate)!.Diagnostic.Id;

        Assert.That(id, Is.EqualTo(DiagnosticIds.HeldOutSettingOutOfRange));
        Assert.That(Source("src/ClaimCheck/Attributes/HeldOutAttribute.cs"), Does.Contain($"reaches validation ({id})"));
    }

    [Test]
    public void EditCheck_names_the_default_edit_scale()
    {
        string said = EditSettings.Default.Scale switch
        {
            EditScaleKind.Raw => "raw activation units by default",
            _ => "held-out ranks by default",
        };

        Assert.That(Source("src/ClaimCheck/Evidence/Edits/EditCheck.cs"), Does.Contain(said));
    }

    // A capitalised file name ending in .md (README.md, AnalyzerReleases.Shipped.md), not a path's tail or a {placeholder}.md.
    private static readonly System.Text.RegularExpressions.Regex CitedMarkdown =
        new(@"(?<![A-Za-z0-9_./{}-])[A-Z][A-Za-z0-9_.-]*\.md\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static bool IsOutsideTheSources(string root, string path) =>
        Path.GetRelativePath(root, path).Split(Path.DirectorySeparatorChar)
            .Any(part => part is "bin" or "obj" or "node_modules" or "TestResults" || part.StartsWith('.'));

    private static string Source(string relative) => File.ReadAllText(Path.Combine(RepositoryRoot.Find(), relative));
}
