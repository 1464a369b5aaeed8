using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using NUnit.Framework;

namespace ClaimCheck.Analyzers.Tests.Harness;

/// <summary>
/// Runs an analyzer on test sources and compares its diagnostics with the ones the markup states; applies code fixes
/// and compares the result with the expected source. Every diagnostic the analyzer reports must be in the markup and
/// every one in the markup must be reported, at exactly the marked text.
/// </summary>
internal static class Verify
{
    /// <summary>Checks the diagnostics of <typeparamref name="TAnalyzer"/> on one file, <c>/claims/Test0.cs</c>.</summary>
    public static Task Diagnostics<TAnalyzer>(string markup)
        where TAnalyzer : DiagnosticAnalyzer, new() =>
        Diagnostics<TAnalyzer>([TestSource.At("Test0.cs", markup)]);

    /// <summary>Checks the diagnostics of <typeparamref name="TAnalyzer"/> on several files.</summary>
    public static async Task Diagnostics<TAnalyzer>(IReadOnlyList<TestSource> sources, string? editorConfig = null)
        where TAnalyzer : DiagnosticAnalyzer, new()
    {
        (Project project, IReadOnlyList<ExpectedDiagnostic> expected) = Parse(sources, editorConfig);
        ImmutableArray<Diagnostic> actual = await RunAsync(project, new TAnalyzer());
        Compare(expected, actual);
    }

    /// <summary>The diagnostics of <paramref name="analyzer"/> on <paramref name="project"/>, in source order.</summary>
    public static async Task<ImmutableArray<Diagnostic>> RunAsync(Project project, DiagnosticAnalyzer analyzer)
    {
        Compilation compilation = await TestProject.CompileAsync(project);
        CompilationWithAnalyzers withAnalyzers = compilation.WithAnalyzers([analyzer], project.AnalyzerOptions);
        ImmutableArray<Diagnostic> diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync();
        return [.. diagnostics
            .OrderBy(d => d.Location.SourceTree?.FilePath, StringComparer.Ordinal)
            .ThenBy(d => d.Location.SourceSpan.Start)
            .ThenBy(d => d.Id, StringComparer.Ordinal)];
    }

    /// <summary>
    /// Checks the diagnostics in <paramref name="before"/>, then applies <typeparamref name="TFix"/>'s first fix to each
    /// diagnostic it fixes, one at a time and re-analyzing in between (as a user would), and compares the source with
    /// <paramref name="after"/>.
    /// </summary>
    public static async Task CodeFix<TAnalyzer, TFix>(string before, string after)
        where TAnalyzer : DiagnosticAnalyzer, new()
        where TFix : CodeFixProvider, new()
    {
        var analyzer = new TAnalyzer();
        var fix = new TFix();
        (Project project, IReadOnlyList<ExpectedDiagnostic> expected) = Parse([TestSource.At("Test0.cs", before)], null);
        Compare(expected, await RunAsync(project, analyzer));

        Document document = project.Documents.Single(d => d.FilePath == $"{TestSource.ProjectFolder}/Test0.cs");
        for (int iteration = 0; iteration < 20; iteration++)
        {
            Diagnostic? fixable = null;
            CodeAction? action = null;
            foreach (Diagnostic diagnostic in await RunAsync(document.Project, analyzer))
            {
                if (fix.FixableDiagnosticIds.Contains(diagnostic.Id) && await FirstActionAsync(fix, document, diagnostic) is { } found)
                {
                    (fixable, action) = (diagnostic, found);
                    break;
                }
            }

            if (action is null)
            {
                break;
            }

            document = await ApplyAsync(action, document);
        }

        string actual = (await document.GetTextAsync()).ToString();
        Assert.That(Lines(actual), Is.EqualTo(Lines(after)), $"the fixed source differs:\n{actual}");
    }

    /// <summary>Checks the diagnostics in <paramref name="markup"/> and that <typeparamref name="TFix"/> offers no fix for any.</summary>
    public static async Task NoCodeFix<TAnalyzer, TFix>(string markup)
        where TAnalyzer : DiagnosticAnalyzer, new()
        where TFix : CodeFixProvider, new()
    {
        (Project project, IReadOnlyList<ExpectedDiagnostic> expected) = Parse([TestSource.At("Test0.cs", markup)], null);
        ImmutableArray<Diagnostic> diagnostics = await RunAsync(project, new TAnalyzer());
        Compare(expected, diagnostics);
        Assert.That(diagnostics, Is.Not.Empty, "a test of a missing fix needs a diagnostic to fix");

        var fix = new TFix();
        Document document = project.Documents.Single(d => d.FilePath == $"{TestSource.ProjectFolder}/Test0.cs");
        foreach (Diagnostic diagnostic in diagnostics)
        {
            Assert.That(await FirstActionAsync(fix, document, diagnostic), Is.Null, $"no fix expected for {diagnostic}");
        }
    }

    /// <summary>The title of every fix <paramref name="fix"/> offers for the diagnostics in <paramref name="markup"/>.</summary>
    public static async Task<IReadOnlyList<string>> FixTitles<TAnalyzer>(CodeFixProvider fix, string markup)
        where TAnalyzer : DiagnosticAnalyzer, new()
    {
        (Project project, IReadOnlyList<ExpectedDiagnostic> expected) = Parse([TestSource.At("Test0.cs", markup)], null);
        ImmutableArray<Diagnostic> diagnostics = await RunAsync(project, new TAnalyzer());
        Compare(expected, diagnostics);
        Document document = project.Documents.Single(d => d.FilePath == $"{TestSource.ProjectFolder}/Test0.cs");
        var titles = new List<string>();
        foreach (Diagnostic diagnostic in diagnostics)
        {
            var actions = new List<CodeAction>();
            await fix.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (a, _) => actions.Add(a), CancellationToken.None));
            titles.AddRange(actions.Select(a => a.Title));
        }

        return titles;
    }

    public static (Project Project, IReadOnlyList<ExpectedDiagnostic> Expected) Parse(IReadOnlyList<TestSource> sources, string? editorConfig)
    {
        var files = new List<(string, string)>();
        var expected = new List<ExpectedDiagnostic>();
        foreach (TestSource source in sources)
        {
            (string text, IReadOnlyList<ExpectedDiagnostic> marked) = Markup.Parse(source.Path, source.Markup);
            files.Add((source.Path, text));
            expected.AddRange(marked);
        }

        return (TestProject.Create(files, editorConfig), expected);
    }

    private static async Task<CodeAction?> FirstActionAsync(CodeFixProvider fix, Document document, Diagnostic diagnostic)
    {
        var actions = new List<CodeAction>();
        await fix.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (a, _) => actions.Add(a), CancellationToken.None));
        return actions.FirstOrDefault();
    }

    private static async Task<Document> ApplyAsync(CodeAction action, Document document)
    {
        ImmutableArray<CodeActionOperation> operations = await action.GetOperationsAsync(CancellationToken.None);
        Solution changed = operations.OfType<ApplyChangesOperation>().Single().ChangedSolution;
        return changed.GetDocument(document.Id)!;
    }

    private static void Compare(IReadOnlyList<ExpectedDiagnostic> expected, ImmutableArray<Diagnostic> actual)
    {
        string[] want = [.. expected.Select(Describe).Order(StringComparer.Ordinal)];
        string[] got = [.. actual.Select(d => Describe(new ExpectedDiagnostic(d.Id, d.Location.SourceTree?.FilePath ?? "", d.Location.SourceSpan))).Order(StringComparer.Ordinal)];
        if (want.SequenceEqual(got))
        {
            return;
        }

        var report = new StringBuilder("the diagnostics differ from the markup.\nExpected:\n");
        report.AppendJoin("\n", want.Select(w => "  " + w)).Append("\nActual:\n");
        foreach (Diagnostic diagnostic in actual)
        {
            report.Append("  ").Append(Describe(new ExpectedDiagnostic(diagnostic.Id, diagnostic.Location.SourceTree?.FilePath ?? "", diagnostic.Location.SourceSpan)))
                .Append(" \"").Append(diagnostic.Location.SourceTree?.GetText().ToString(diagnostic.Location.SourceSpan)).Append("\": ")
                .Append(diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)).Append('\n');
        }

        Assert.Fail(report.ToString());
    }

    private static string Describe(ExpectedDiagnostic diagnostic) => $"{diagnostic.Id} {diagnostic.Path}[{diagnostic.Span.Start}..{diagnostic.Span.End})";

    private static string[] Lines(string text) => text.ReplaceLineEndings("\n").Split('\n');
}
