using System.Text.RegularExpressions;
using NUnit.Framework;

namespace ClaimCheck.Tests.Docs;

/// <summary>
/// Keeps docs/own-model.md true: every C# block on the page is code of the project <c>dotnet new claimcheck</c>
/// creates (which CI builds and runs from the packages), and its three commands are the block of docs/packages.md that
/// CI runs as written. A guide that drifts from the template fails here, not in a user's first hour.
/// </summary>
public class OwnModelGuideTests
{
    private static readonly Regex Fence = new(@"^```(?<language>[a-z]*)\n(?<code>.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline | RegexOptions.CultureInvariant);

    [Test]
    public void Every_CSharp_block_is_code_of_the_template_project()
    {
        string[] templateFiles = Directory.GetFiles(Path.Combine(RepositoryRoot.Find(), "src", "ClaimCheck.Templates", "content"), "*.cs", SearchOption.AllDirectories)
            .Select(file => Dedent(File.ReadAllText(file)))
            .ToArray();
        string[] blocks = Blocks("docs/own-model.md", "csharp").ToArray();

        Assert.That(blocks, Is.Not.Empty, "the guide shows no C# code");
        string[] strays = blocks.Where(block => !templateFiles.Any(file => ContainsLines(file, Dedent(block)))).ToArray();
        Assert.That(strays, Is.Empty, "C# blocks of docs/own-model.md that no file of src/ClaimCheck.Templates/content holds (indentation aside)");
    }

    [Test]
    public void The_three_commands_are_those_CI_runs()
    {
        string guide = CiBlock("docs/own-model.md");
        string packages = CiBlock("docs/packages.md");

        Assert.Multiple(() =>
        {
            Assert.That(guide, Is.EqualTo(packages), "docs/own-model.md's commands differ from the block .ci/consumer runs (docs/packages.md)");
            Assert.That(guide.Split('\n', StringSplitOptions.RemoveEmptyEntries), Has.Length.LessThanOrEqualTo(3), "the guide promises three commands");
        });
    }

    private static string CiBlock(string page)
    {
        string text = Read(page);
        int start = text.IndexOf("<!-- ci: begin", StringComparison.Ordinal);
        Assert.That(start, Is.GreaterThanOrEqualTo(0), $"{page} has no '<!-- ci: begin' marker");
        int end = text.IndexOf("<!-- ci: end", start, StringComparison.Ordinal);
        return Blocks(text[start..end], "bash", isText: true).Single();
    }

    private static IEnumerable<string> Blocks(string pageOrText, string language, bool isText = false)
    {
        string text = isText ? pageOrText : Read(pageOrText);
        return Fence.Matches(text).Where(m => m.Groups["language"].Value == language).Select(m => m.Groups["code"].Value.TrimEnd());
    }

    /// <summary>Whether <paramref name="block"/>'s lines occur, in a row, among <paramref name="file"/>'s lines.</summary>
    private static bool ContainsLines(string file, string block) => ("\n" + file + "\n").Contains("\n" + block + "\n", StringComparison.Ordinal);

    /// <summary>
    /// The text with every line's leading and trailing blanks removed: a page shows a member without its class's
    /// indentation.
    /// </summary>
    private static string Dedent(string text) =>
        string.Join('\n', text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(line => line.Trim())).Trim('\n');

    private static string Read(string relative) => File.ReadAllText(Path.Combine(RepositoryRoot.Find(), relative)).Replace("\r\n", "\n", StringComparison.Ordinal);
}
