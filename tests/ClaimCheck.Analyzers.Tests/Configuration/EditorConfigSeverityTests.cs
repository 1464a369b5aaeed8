using System.Collections.Immutable;
using ClaimCheck.Analyzers.Tests.Harness;
using Microsoft.CodeAnalysis;
using NUnit.Framework;

namespace ClaimCheck.Analyzers.Tests.Configuration;

/// <summary>Severities are configured per ID (or for the whole ClaimCheck category) in .editorconfig, as for any analyzer.</summary>
public class EditorConfigSeverityTests
{
    private const string Claims = """
        public class Claims
        {
            [Claim("unit 3 = stripes"), Unit("l", 3), Concept("stripes"), HeldOut(MinAuroc = 0.4)]
            public void Unit3() { }

            [Claim("unit 4 = dots"), Unit("l", 4), Concept("dots")]
            public void Unit4() { }
        }
        """;

    [Test]
    public async Task Without_configuration_the_default_severities_apply()
    {
        Assert.That(await Severities<HeldOutSettingsAnalyzer>(null), Is.EqualTo(new[] { "CLM0010 Error" }));
        Assert.That(await Severities<ClaimLabelAnalyzer>(null), Is.EqualTo(new[] { "CLM0014 Warning" }));
    }

    [Test]
    public async Task Severity_none_suppresses_a_rule()
    {
        Assert.That(await Severities<HeldOutSettingsAnalyzer>(Config("dotnet_diagnostic.CLM0010.severity = none")), Is.Empty);
    }

    [Test]
    public async Task A_rule_can_be_lowered_or_raised()
    {
        Assert.That(await Severities<HeldOutSettingsAnalyzer>(Config("dotnet_diagnostic.CLM0010.severity = warning")), Is.EqualTo(new[] { "CLM0010 Warning" }));
        Assert.That(await Severities<ClaimLabelAnalyzer>(Config("dotnet_diagnostic.CLM0014.severity = error")), Is.EqualTo(new[] { "CLM0014 Error" }));
    }

    [Test]
    public async Task The_category_setting_applies_to_every_rule_without_its_own()
    {
        string config = Config("dotnet_analyzer_diagnostic.category-ClaimCheck.severity = suggestion", "dotnet_diagnostic.CLM0014.severity = error");

        Assert.That(await Severities<HeldOutSettingsAnalyzer>(config), Is.EqualTo(new[] { "CLM0010 Info" }));
        Assert.That(await Severities<ClaimLabelAnalyzer>(config), Is.EqualTo(new[] { "CLM0014 Error" }));
    }

    [Test]
    public async Task Markup_tests_see_the_configuration_too()
    {
        await Verify.Diagnostics<ClaimLabelAnalyzer>(
            [TestSource.At("Test0.cs", """
                public class Claims
                {
                    [Claim({|CLM0014:"unit 3 = stripes"|}), Unit("l", 3), Concept("stripes")]
                    public void Unit3() { }
                }
                """)],
            Config("dotnet_diagnostic.CLM0014.severity = warning"));
    }

    private static string Config(params string[] settings) => "root = true\n\n[*.cs]\n" + string.Join("\n", settings) + "\n";

    private static async Task<string[]> Severities<TAnalyzer>(string? editorConfig)
        where TAnalyzer : Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer, new()
    {
        Project project = TestProject.Create([($"{TestSource.ProjectFolder}/Test0.cs", Claims)], editorConfig);
        ImmutableArray<Diagnostic> diagnostics = await Verify.RunAsync(project, new TAnalyzer());
        return [.. diagnostics.Select(d => $"{d.Id} {d.Severity}")];
    }
}
