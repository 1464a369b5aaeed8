using System.Reflection;
using System.Xml.Linq;
using NUnit.Framework;

namespace ClaimCheck.Tests.Build;

/// <summary>
/// Every package tracks its public API (docs/public-api.md): the analyzer fails the build when the surface and the
/// PublicAPI files disagree, and these tests check that the tracking is wired in and that the files match what the
/// assemblies export, so no package can drop out of it unnoticed.
/// </summary>
public class PublicApiFilesTests
{
    private const string Analyzer = "Microsoft.CodeAnalysis.PublicApiAnalyzers";

    private static readonly string[] TrackedFiles = ["PublicAPI.Shipped.txt", "PublicAPI.Unshipped.txt"];

    [Test]
    public void Every_package_project_under_src_references_the_analyzer_and_has_both_files_beside_it()
    {
        string[] packages = PackageProjects();
        Assert.That(packages, Has.Length.GreaterThanOrEqualTo(4), "the core, the NUnit adapter, reporting and the command line are packages");

        foreach (string project in packages)
        {
            XDocument document = XDocument.Load(project);
            string folder = Path.GetDirectoryName(project)!;
            string name = Path.GetFileName(project);

            Assert.That(Includes(document, "PackageReference"), Does.Contain(Analyzer), $"{name} references {Analyzer}");
            // The package adds the two files by name; listing them again makes them duplicates, and then the code fix
            // (IDE and dotnet format) silently writes nothing.
            Assert.That(Includes(document, "AdditionalFiles").Select(Path.GetFileName).Intersect(TrackedFiles), Is.Empty, $"{name} lists the files itself");
            foreach (string file in TrackedFiles)
            {
                string path = Path.Combine(folder, file);
                Assert.That(File.Exists(path), $"{name} has {file}");
                // Without this header the analyzer does not track nullable annotations (RS0037).
                Assert.That(File.ReadLines(path).FirstOrDefault(), Is.EqualTo("#nullable enable"), $"{file} of {name} starts with #nullable enable");
            }
        }
    }

    [Test]
    public void The_analyzer_version_is_pinned_centrally()
    {
        string? version = XDocument.Load(Path.Combine(RepositoryRoot.Find(), "Directory.Packages.props"))
            .Descendants("PackageVersion").SingleOrDefault(e => (string?)e.Attribute("Include") == Analyzer)?.Attribute("Version")?.Value;

        Assert.That(version, Is.Not.Null.And.Not.Empty);
    }

    [TestCase("ClaimCheck")]
    [TestCase("ClaimCheck.NUnit")]
    [TestCase("ClaimCheck.Data")]
    [TestCase("ClaimCheck.Weights")]
    [TestCase("ClaimCheck.Reporting")]
    public void Every_type_the_assembly_exports_is_in_its_files_and_every_type_in_the_files_is_exported(string assembly)
    {
        // A cross-check of the analyzer at the level of types, against the assemblies this test project runs with.
        // Types the compiler names itself ("<G>$...": the grouping and marker types of C# 14 extension blocks) are not
        // declared by anyone; the analyzer lists their members under the extension block instead.
        string[] exported = [.. Assembly.Load(assembly).GetExportedTypes().Where(t => !IsCompilerNamed(t)).Select(ApiName).Order(StringComparer.Ordinal)];
        string[] listed = [.. ListedTypes(Path.Combine(RepositoryRoot.Find(), "src", assembly)).Order(StringComparer.Ordinal)];

        Assert.That(exported, Is.Not.Empty);
        Assert.That(exported.Except(listed), Is.Empty, "exported but missing from the PublicAPI files");
        Assert.That(listed.Except(exported), Is.Empty, "in the PublicAPI files but not exported");
    }

    /// <summary>
    /// The type lines of both files. A member's line carries a signature ("(") or a type ("->"), a modified one starts
    /// with a keyword ("static", "abstract", ...); what is left is a type's bare name.
    /// </summary>
    private static IEnumerable<string> ListedTypes(string folder)
    {
        string[] lines = [.. TrackedFiles.SelectMany(file => File.ReadLines(Path.Combine(folder, file))).Where(line => line.Length > 0 && !line.StartsWith('#'))];
        // A "*REMOVED*" line in Unshipped takes its symbol out of the surface Shipped still lists.
        const string Removed = "*REMOVED*";
        var removed = lines.Where(line => line.StartsWith(Removed, StringComparison.Ordinal)).Select(line => line[Removed.Length..]).ToHashSet(StringComparer.Ordinal);
        return lines
            .Where(line => !line.StartsWith(Removed, StringComparison.Ordinal) && !removed.Contains(line))
            .Where(line => !line.Contains('(') && !line.Contains("->", StringComparison.Ordinal) && !char.IsLower(line[0]));
    }

    private static bool IsCompilerNamed(Type type) => type.Name.StartsWith('<') || (type.DeclaringType is { } outer && IsCompilerNamed(outer));

    /// <summary>A type's name as the analyzer writes it: namespace, outer types, generic parameters by name.</summary>
    private static string ApiName(Type type)
    {
        string name = type.Name;
        int tick = name.IndexOf('`');
        if (tick >= 0)
        {
            Type[] own = type.GetGenericArguments()[(type.DeclaringType?.GetGenericArguments().Length ?? 0)..];
            name = $"{name[..tick]}<{string.Join(", ", own.Select(t => t.Name))}>";
        }

        return type.DeclaringType is { } outer ? $"{ApiName(outer)}.{name}" : $"{type.Namespace}.{name}";
    }

    private static string[] PackageProjects() => [.. Directory
        .EnumerateFiles(Path.Combine(RepositoryRoot.Find(), "src"), "*.csproj", SearchOption.AllDirectories)
        .Where(project => XDocument.Load(project).Descendants("IsPackable").Any(e => e.Value.Trim() == "true"))
        // A template package (dotnet new) ships project files, not an assembly: it has no API to track.
        .Where(project => !XDocument.Load(project).Descendants("PackageType").Any(e => e.Value.Trim() == "Template"))
        .Order(StringComparer.Ordinal)];

    private static IEnumerable<string> Includes(XDocument project, string item) => project
        .Descendants(item).Select(e => (string?)e.Attribute("Include")).OfType<string>();
}
