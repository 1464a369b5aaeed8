using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace ClaimCheck.Analyzers.Tests.Harness;

/// <summary>
/// A C# project in an <see cref="AdhocWorkspace"/>, compiled against the running runtime's own assemblies (the trusted
/// platform assemblies) plus ClaimCheck, ClaimCheck.NUnit, NUnit and TorchSharp from the test output. Nothing is
/// downloaded, so the tests run offline. A workspace (not a bare compilation) is used because it is what applies an
/// <c>.editorconfig</c>'s severities and what code fixes edit.
/// </summary>
internal static class TestProject
{
    /// <summary>Usings every test project gets, so test sources show only the claims.</summary>
    public const string GlobalUsings = """
        global using System;
        global using System.Threading.Tasks;
        global using ClaimCheck;
        global using ClaimCheck.NUnit;
        global using ClaimCheck.Diagnostics;
        global using ClaimCheck.Verdicts;
        """;

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(LoadReferences);

    /// <summary>Creates the project; <paramref name="editorConfig"/> becomes <c>/claims/.editorconfig</c>.</summary>
    public static Project Create(IEnumerable<(string Path, string Text)> sources, string? editorConfig = null, bool globalUsings = true)
    {
        var workspace = new AdhocWorkspace();
        ProjectId id = ProjectId.CreateNewId("Claims");
        Solution solution = workspace.CurrentSolution.AddProject(ProjectInfo.Create(
            id,
            VersionStamp.Default,
            "Claims",
            "Claims",
            LanguageNames.CSharp,
            filePath: $"{TestSource.ProjectFolder}/Claims.csproj",
            compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable),
            parseOptions: new CSharpParseOptions(LanguageVersion.Latest),
            metadataReferences: References.Value));

        if (globalUsings)
        {
            solution = solution.AddDocument(DocumentId.CreateNewId(id), "GlobalUsings.cs", SourceText.From(GlobalUsings), filePath: $"{TestSource.ProjectFolder}/GlobalUsings.cs");
        }

        foreach ((string path, string text) in sources)
        {
            solution = solution.AddDocument(DocumentId.CreateNewId(id), System.IO.Path.GetFileName(path), SourceText.From(text), filePath: path);
        }

        if (editorConfig is not null)
        {
            solution = solution.AddAnalyzerConfigDocument(
                DocumentId.CreateNewId(id), ".editorconfig", SourceText.From(editorConfig), filePath: $"{TestSource.ProjectFolder}/.editorconfig");
        }

        return solution.GetProject(id)!;
    }

    /// <summary>Compiles the project; compiler errors fail the test, so no test passes on source that does not build.</summary>
    public static async Task<Compilation> CompileAsync(Project project)
    {
        Compilation compilation = (await project.GetCompilationAsync())!;
        Diagnostic[] errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
        if (errors.Length > 0)
        {
            throw new InvalidOperationException("the test source does not compile:\n" + string.Join("\n", errors.Select(e => e.ToString())));
        }

        return compilation;
    }

    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        string[] trusted = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        string runtime = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        string[] claimCheck = ["ClaimCheck.dll", "ClaimCheck.NUnit.dll", "nunit.framework.dll", "TorchSharp.dll"];

        var paths = trusted.Where(path => string.Equals(Path.GetDirectoryName(path), runtime, StringComparison.Ordinal)).ToList();
        foreach (string name in claimCheck)
        {
            paths.Add(trusted.FirstOrDefault(path => string.Equals(Path.GetFileName(path), name, StringComparison.OrdinalIgnoreCase))
                ?? Path.Combine(AppContext.BaseDirectory, name));
        }

        return [.. paths.Where(File.Exists).Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))];
    }
}
