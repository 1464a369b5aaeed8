using ClaimCheck.Analyzers.CodeFixes;
using ClaimCheck.Analyzers.Tests.Harness;
using NUnit.Framework;

namespace ClaimCheck.Analyzers.Tests.CodeFixes;

/// <summary>CLM0010's fix: clamp a setting to the nearest valid value (a readable step inside an open bound).</summary>
public class ClampHeldOutSettingCodeFixTests
{
    [Test]
    public Task Every_setting_is_clamped_to_its_nearest_valid_value() =>
        Verify.CodeFix<HeldOutSettingsAnalyzer, ClampHeldOutSettingCodeFix>(
            """
            public class Claims
            {
                [Claim, Unit("l", 0), Concept("c")]
                [HeldOut(MinAuroc = {|CLM0010:0.5|}, Alpha = {|CLM0010:0|}, NullDirections = {|CLM0010:100|}, MinExamples = {|CLM0010:-3|})]
                public void Low() { }

                [Claim, Unit("l", 0), Concept("c")]
                [HeldOut(MinAuroc = {|CLM0010:2|}, Alpha = {|CLM0010:0.75|}, TopQuantile = {|CLM0010:1|}, MinTopCount = {|CLM0010:0|}, ConfidenceLevel = {|CLM0010:1.0|})]
                public void High() { }

                [Claim, Unit("l", 0), Concept("c")]
                [HeldOut(TopQuantile = {|CLM0010:0|}, ConfidenceLevel = {|CLM0010:0.5|})]
                public void OpenBounds() { }
            }
            """,
            """
            public class Claims
            {
                [Claim, Unit("l", 0), Concept("c")]
                [HeldOut(MinAuroc = 0.51, Alpha = 0.001, NullDirections = 200, MinExamples = 2)]
                public void Low() { }

                [Claim, Unit("l", 0), Concept("c")]
                [HeldOut(MinAuroc = 1.0, Alpha = 0.5, TopQuantile = 0.99, MinTopCount = 1, ConfidenceLevel = 0.99)]
                public void High() { }

                [Claim, Unit("l", 0), Concept("c")]
                [HeldOut(TopQuantile = 0.001, ConfidenceLevel = 0.51)]
                public void OpenBounds() { }
            }
            """);

    [Test]
    public async Task The_fix_says_what_it_sets()
    {
        IReadOnlyList<string> titles = await Verify.FixTitles<HeldOutSettingsAnalyzer>(new ClampHeldOutSettingCodeFix(), """
            [HeldOut(NullDirections = {|CLM0010:50|})]
            public class Claims { }
            """);

        Assert.That(titles, Is.EqualTo(new[] { "Set NullDirections to 200, the nearest valid value" }));
    }
}
