using ClaimCheck.Analyzers.Tests.Harness;
using NUnit.Framework;

namespace ClaimCheck.Analyzers.Tests.Rules;

/// <summary>CLM0013: a claim method NUnit cannot run.</summary>
public class ClaimMethodShapeTests
{
    [Test]
    public Task Shapes_NUnit_runs_pass() =>
        Verify.Diagnostics<ClaimMethodShapeAnalyzer>("""
            public class Claims
            {
                [Claim, Unit("l", 0), Concept("c"), HeldOut] public void Void() { }
                [Claim, Unit("l", 0), Concept("c"), HeldOut] public Task ReturnsTask() => Task.CompletedTask;
                [Claim, Unit("l", 0), Concept("c"), HeldOut] public async Task Async() => await Task.Yield();
                [Claim, Unit("l", 0), Concept("c"), HeldOut] public ValueTask ReturnsValueTask() => default;
                [Claim, Unit("l", 0), Concept("c"), HeldOut] public static void Static() { }   // NUnit runs static tests
                public int NotAClaim(int x) => x;
            }
            """);

    [Test]
    public Task Parameters_results_generics_async_void_and_non_public_methods_are_reported() =>
        Verify.Diagnostics<ClaimMethodShapeAnalyzer>("""
            public abstract class Claims
            {
                [Claim, Unit("l", 0), Concept("c"), HeldOut] public void {|CLM0013:WithParameter|}(int seed) { }
                [Claim, Unit("l", 0), Concept("c"), HeldOut] public int {|CLM0013:ReturnsInt|}() => 0;
                [Claim, Unit("l", 0), Concept("c"), HeldOut] public Task<int> {|CLM0013:ReturnsTaskOfInt|}() => Task.FromResult(0);
                [Claim, Unit("l", 0), Concept("c"), HeldOut] public void {|CLM0013:Generic|}<T>() { }
                [Claim, Unit("l", 0), Concept("c"), HeldOut] public async void {|CLM0013:AsyncVoid|}() => await Task.Yield();
                [Claim, Unit("l", 0), Concept("c"), HeldOut] internal void {|CLM0013:Internal|}() { }
                [Claim, Unit("l", 0), Concept("c"), HeldOut] private void {|CLM0013:Private|}() { }
                [Claim, Unit("l", 0), Concept("c"), HeldOut] public abstract void {|CLM0013:Abstract|}();
            }
            """);

    [Test]
    public async Task The_message_gives_every_reason()
    {
        string[] messages = await Messages.Of<ClaimMethodShapeAnalyzer>("""
            public class Claims
            {
                [Claim, Unit("l", 0), Concept("c"), HeldOut] private int Bad<T>(int seed) => seed;
            }
            """);

        Assert.That(messages, Is.EqualTo(new[]
        {
            "CLM0013: claim 'Claims.Bad' cannot run as a test: it is not public; it is generic, and NUnit cannot infer its type arguments; "
            + "it has parameters, and NUnit has no arguments to pass; it returns int; return void, Task or ValueTask",
        }));
    }
}
