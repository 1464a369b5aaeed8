using ClaimCheck.Analyzers.Tests.Harness;
using NUnit.Framework;

namespace ClaimCheck.Analyzers.Tests.Rules;

/// <summary>CLM0012: two claims whose {Class}.{Method}.verified.json would be one file.</summary>
public class SnapshotCollisionTests
{
    [Test]
    public Task Overloads_share_a_snapshot() =>
        Verify.Diagnostics<SnapshotCollisionAnalyzer>("""
            public class Claims
            {
                [Claim, Unit("l", 0), Concept("c"), HeldOut]
                public void {|CLM0012:Unit0|}() { }

                [Claim, Unit("l", 0), Concept("c"), HeldOut]
                public void {|CLM0012:Unit0|}(int seed) { }

                [Claim, Unit("l", 1), Concept("c"), HeldOut]
                public void Unit1() { }
            }
            """);

    [Test]
    public Task Namesake_classes_in_one_folder_share_snapshots_in_two_folders_they_do_not() =>
        Verify.Diagnostics<SnapshotCollisionAnalyzer>(
        [
            TestSource.At("Stripes/StripesClaims.cs", """
                namespace Stripes { public class Claims { [Claim, Unit("l", 0), Concept("c"), HeldOut] public void {|CLM0012:Unit0|}() { } } }
                """),
            TestSource.At("Stripes/DotsClaims.cs", """
                namespace Dots { public class Claims { [Claim, Unit("l", 0), Concept("c"), HeldOut] public void {|CLM0012:Unit0|}() { } } }
                """),
            TestSource.At("Rings/RingsClaims.cs", """
                namespace Rings { public class Claims { [Claim, Unit("l", 0), Concept("c"), HeldOut] public void Unit0() { } } }
                """),
        ]);

    [Test]
    public Task Nested_classes_are_named_without_their_outer_class_and_names_differing_in_case_collide() =>
        Verify.Diagnostics<SnapshotCollisionAnalyzer>("""
            public class Stripes
            {
                public class Claims { [Claim, Unit("l", 0), Concept("c"), HeldOut] public void {|CLM0012:Unit0|}() { } }
            }

            public class Dots
            {
                public class Claims { [Claim, Unit("l", 0), Concept("c"), HeldOut] public void {|CLM0012:Unit0|}() { } }
            }

            public class Rings
            {
                [Claim, Unit("l", 0), Concept("c"), HeldOut] public void {|CLM0012:Ring|}() { }
                [Claim, Unit("l", 0), Concept("c"), HeldOut] public void {|CLM0012:ring|}() { }
            }
            """);

    [Test]
    public Task Overloads_of_a_partial_class_in_two_folders_keep_apart_snapshots() =>
        Verify.Diagnostics<SnapshotCollisionAnalyzer>(
        [
            TestSource.At("A/Claims.cs", """public partial class Claims { [Claim, Unit("l", 0), Concept("c"), HeldOut] public void Unit0() { } }"""),
            TestSource.At("B/Claims.cs", """public partial class Claims { [Claim, Unit("l", 0), Concept("c"), HeldOut] public void Unit0(int seed) { } }"""),
        ]);

    [Test]
    public Task A_source_path_passed_by_hand_decides_the_folder() =>
        Verify.Diagnostics<SnapshotCollisionAnalyzer>(
        [
            TestSource.At("A/Claims.cs", """namespace A { public class Claims { [Claim("a", "/shared/X.cs"), Unit("l", 0), Concept("c"), HeldOut] public void {|CLM0012:Unit0|}() { } } }"""),
            TestSource.At("B/Claims.cs", """namespace B { public class Claims { [Claim("b", "/shared/Y.cs"), Unit("l", 0), Concept("c"), HeldOut] public void {|CLM0012:Unit0|}() { } } }"""),
        ]);

    [Test]
    public async Task The_message_names_the_file_and_the_other_claim()
    {
        string[] messages = await Messages.Of<SnapshotCollisionAnalyzer>("""
            namespace Stripes { public class Claims { [Claim, Unit("l", 0), Concept("c"), HeldOut] public void Unit0() { } } }
            namespace Dots { public class Claims { [Claim, Unit("l", 0), Concept("c"), HeldOut] public void Unit0() { } } }
            """);

        Assert.That(messages, Is.EquivalentTo(new[]
        {
            "CLM0012: claims 'Dots.Claims.Unit0()' and 'Stripes.Claims.Unit0()' would share the snapshot file 'Claims.Unit0.verified.json' in one folder; rename one of them",
            "CLM0012: claims 'Stripes.Claims.Unit0()' and 'Dots.Claims.Unit0()' would share the snapshot file 'Claims.Unit0.verified.json' in one folder; rename one of them",
        }));
    }
}
