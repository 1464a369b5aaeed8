using ClaimCheck.Analyzers.Tests.Harness;
using ClaimCheck.Evidence.HeldOut;
using NUnit.Framework;

namespace ClaimCheck.Analyzers.Tests.Rules;

/// <summary>CLM0010: a [HeldOut] setting outside the range HeldOutSettings.Validate allows.</summary>
public class HeldOutSettingsTests
{
    [Test]
    public Task Settings_inside_their_ranges_and_unset_sentinels_pass() =>
        Verify.Diagnostics<HeldOutSettingsAnalyzer>("""
            [assembly: HeldOut(Alpha = 0.01)]

            [HeldOut(MinAuroc = 1)]
            public class Claims
            {
                [Claim, Unit("l", 0), Concept("c")]
                [HeldOut(MinAuroc = 0.51, Alpha = 0.5, NullDirections = 200, MinExamples = 2, TopQuantile = 0.005, MinTopCount = 1, ConfidenceLevel = 0.99)]
                public void Edges() { }

                [Claim, Unit("l", 0), Concept("c"), HeldOut(MinAuroc = double.NaN, NullDirections = int.MinValue)]
                public void Unset() { }
            }
            """);

    [Test]
    public Task Every_setting_out_of_range_is_reported_at_its_value_on_methods_classes_and_assemblies() =>
        Verify.Diagnostics<HeldOutSettingsAnalyzer>("""
            [assembly: HeldOut(Alpha = {|CLM0010:0|})]

            [HeldOut(MinAuroc = {|CLM0010:0.5|})]
            public class Claims
            {
                [Claim, Unit("l", 0), Concept("c")]
                [HeldOut(MinAuroc = {|CLM0010:1.01|}, Alpha = {|CLM0010:0.6|}, NullDirections = {|CLM0010:199|}, MinExamples = {|CLM0010:1|})]
                public void Low() { }

                [Claim, Unit("l", 0), Concept("c")]
                [HeldOut(TopQuantile = {|CLM0010:1|}, MinTopCount = {|CLM0010:0|}, ConfidenceLevel = {|CLM0010:0.5|})]
                public void High() { }

                // Only int.MinValue means "unset"; another negative number is a mistake the run time rejects too.
                [Claim, Unit("l", 0), Concept("c"), HeldOut(NullDirections = {|CLM0010:-1|}, ConfidenceLevel = {|CLM0010:double.PositiveInfinity|})]
                public void Negative() { }
            }
            """);

    [Test]
    public async Task The_message_reads_as_the_run_time_one()
    {
        string[] messages = await Messages.Of<HeldOutSettingsAnalyzer>("""
            public class Claims
            {
                [Claim, Unit("l", 0), Concept("c"), HeldOut(MinAuroc = 0.5, NullDirections = 100)]
                public void C() { }
            }
            """);

        Assert.That(messages, Is.EqualTo(new[]
        {
            "CLM0010: HeldOut.MinAuroc = 0.5 is out of range: it must be in (0.5, 1]",
            "CLM0010: HeldOut.NullDirections = 100 is out of range: it must be at least 200",
        }));
    }
}
