using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ClaimCheck.Analyzers.Tests.Harness;

/// <summary>Diagnostics as "ID: message", for tests of the wording.</summary>
internal static class Messages
{
    public static async Task<string[]> Of<TAnalyzer>(string source)
        where TAnalyzer : DiagnosticAnalyzer, new()
    {
        (Project project, _) = Verify.Parse([TestSource.At("Test0.cs", source)], null);
        return [.. (await Verify.RunAsync(project, new TAnalyzer())).Select(d => $"{d.Id}: {d.GetMessage(CultureInfo.InvariantCulture)}")];
    }
}
