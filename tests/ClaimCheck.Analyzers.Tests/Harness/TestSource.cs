namespace ClaimCheck.Analyzers.Tests.Harness;

/// <summary>A source file of a test project: its path (the folder matters to snapshot names) and its markup.</summary>
internal sealed record TestSource(string Path, string Markup)
{
    /// <summary>The folder every test project lives in.</summary>
    public const string ProjectFolder = "/claims";

    /// <summary>A source file at <c>/claims/{name}</c>.</summary>
    public static TestSource At(string name, string markup) => new($"{ProjectFolder}/{name}", markup);
}
