using ClaimCheck.Analyzers.Tests.Harness;
using NUnit.Framework;

namespace ClaimCheck.Analyzers.Tests.Rules;

/// <summary>CLM0015 (empty layer or direction names) and CLM5002 (unit indices no layer has).</summary>
public class SubjectArgumentsTests
{
    [Test]
    public Task Well_formed_subjects_pass() =>
        Verify.Diagnostics<SubjectArgumentsAnalyzer>("""
            public class Claims
            {
                [Claim, Unit("bottleneck", 0), Concept("c"), HeldOut] public void A() { }
                [Claim, Units("bottleneck", 1, 3), Concept("c"), HeldOut] public void B() { }
                [Claim, Units("bottleneck", new[] { 1, 3 }), Concept("c"), HeldOut] public void C() { }
                [Claim, Direction("bottleneck", "stripes-probe"), Concept("c"), HeldOut] public void D() { }
                [Claim, Unit(unit: 2, layer: "features.conv2"), Concept("c"), HeldOut] public void E() { }
            }
            """);

    [Test]
    public Task CLM0015_empty_layer_paths_and_direction_names() =>
        Verify.Diagnostics<SubjectArgumentsAnalyzer>("""
            public class Claims
            {
                [Claim, Unit({|CLM0015:""|}, 0), Concept("c"), HeldOut] public void A() { }
                [Claim, Units({|CLM0015:" "|}, 1, 3), Concept("c"), HeldOut] public void B() { }
                [Claim, Direction("bottleneck", {|CLM0015:""|}), Concept("c"), HeldOut] public void C() { }
                [Claim, Direction({|CLM0015:null!|}, "probe"), Concept("c"), HeldOut] public void D() { }
            }
            """);

    [Test]
    public Task CLM5002_negative_units_and_empty_or_repeating_unit_sets() =>
        Verify.Diagnostics<SubjectArgumentsAnalyzer>("""
            public class Claims
            {
                [Claim, Unit("bottleneck", {|CLM5002:-1|}), Concept("c"), HeldOut] public void A() { }
                [Claim, {|CLM5002:Units("bottleneck")|}, Concept("c"), HeldOut] public void B() { }
                [Claim, Units("bottleneck", 1, {|CLM5002:1|}), Concept("c"), HeldOut] public void C() { }
                [Claim, Units("bottleneck", 0, {|CLM5002:-2|}), Concept("c"), HeldOut] public void D() { }
                [Claim, Units("bottleneck", [2, {|CLM5002:2|}]), Concept("c"), HeldOut] public void E() { }
            }
            """);

    [Test]
    public Task Latents_need_names_and_non_negative_indices() =>
        Verify.Diagnostics<SubjectArgumentsAnalyzer>("""
            public class Claims
            {
                [Claim, Latent("bottleneck", "stripes-sae", 7), Concept("c"), HeldOut] public void A() { }
                [Claim, Latent("bottleneck", {|CLM0015:""|}, 7), Concept("c"), HeldOut] public void B() { }
                [Claim, Latent({|CLM0015:" "|}, "stripes-sae", 7), Concept("c"), HeldOut] public void C() { }
                [Claim, Latent("bottleneck", "stripes-sae", {|CLM5041:-1|}), Concept("c"), HeldOut] public void D() { }
            }
            """);

    [Test]
    public async Task Messages_read_as_the_run_time_ones()
    {
        string[] messages = await Messages.Of<SubjectArgumentsAnalyzer>("""
            public class Claims
            {
                [Claim, Unit("bottleneck", -1), Concept("c"), HeldOut] public void A() { }
                [Claim, Units("bottleneck"), Concept("c"), HeldOut] public void B() { }
                [Claim, Units("bottleneck", 1, 1), Concept("c"), HeldOut] public void C() { }
                [Claim, Direction("bottleneck", ""), Concept("c"), HeldOut] public void D() { }
            }
            """);

        Assert.That(messages, Is.EqualTo(new[]
        {
            "CLM5002: unit -1 is out of range: unit indices start at 0",
            "CLM5002: the unit set in 'bottleneck' is empty",
            "CLM5002: the unit set {1, 1} in 'bottleneck' names a unit twice",
            "CLM0015: the direction name of [Direction] is empty",
        }));
    }
}
