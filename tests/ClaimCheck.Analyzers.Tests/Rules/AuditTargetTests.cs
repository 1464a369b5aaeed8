using ClaimCheck.Analyzers.Tests.Harness;
using NUnit.Framework;

namespace ClaimCheck.Analyzers.Tests.Rules;

/// <summary>CLM0004: a claim class bound to no audit target, or to a type ClaimCheck cannot build.</summary>
public class AuditTargetTests
{
    [Test]
    public Task A_class_or_a_base_class_with_AuditTarget_is_bound() =>
        Verify.Diagnostics<AuditTargetAnalyzer>("""
            [AuditTarget(typeof(World))]
            public class Claims
            {
                [Claim, Unit("bottleneck", 3), Concept("stripes"), HeldOut]
                public void Unit3MeansStripes() { }
            }

            public class MoreClaims : Claims
            {
                [Claim, Unit("bottleneck", 4), Concept("dots"), HeldOut]
                public void Unit4MeansDots() { }
            }

            public class NoClaims
            {
                public void Helper() { }
            }
            """ + Sources.World);

    [Test]
    public Task An_assembly_AuditTarget_binds_every_class() =>
        Verify.Diagnostics<AuditTargetAnalyzer>("""
            [assembly: AuditTarget(typeof(World))]

            public class Claims
            {
                [Claim, Unit("bottleneck", 3), Concept("stripes"), HeldOut]
                public void Unit3MeansStripes() { }
            }
            """ + Sources.World);

    [Test]
    public Task A_claim_class_without_a_target_is_reported_once_on_the_class() =>
        Verify.Diagnostics<AuditTargetAnalyzer>("""
            public class {|CLM0004:Claims|}
            {
                [Claim, Unit("bottleneck", 3), Concept("stripes"), HeldOut]
                public void Unit3MeansStripes() { }

                [Claim, Unit("bottleneck", 4), Concept("dots"), HeldOut]
                public void Unit4MeansDots() { }
            }

            [AuditTarget(typeof(World))]
            public class Outer
            {
                // A nested class is not bound by the class around it: the run time reads the claim's own class.
                public class {|CLM0004:Inner|}
                {
                    [Claim, Unit("bottleneck", 3), Concept("stripes"), HeldOut]
                    public void Unit3MeansStripes() { }
                }
            }
            """ + Sources.World);

    [Test]
    public Task A_target_type_ClaimCheck_cannot_build_is_reported_where_it_is_named() =>
        Verify.Diagnostics<AuditTargetAnalyzer>("""
            [assembly: AuditTarget({|CLM0004:typeof(string)|})]

            [AuditTarget({|CLM0004:typeof(AbstractWorld)|})]
            public class A { [Claim, Unit("l", 0), Concept("c"), HeldOut] public void C() { } }

            [AuditTarget({|CLM0004:typeof(WorldWithArguments)|})]
            public class B { [Claim, Unit("l", 0), Concept("c"), HeldOut] public void C() { } }

            [AuditTarget({|CLM0004:typeof(PrivateWorld)|})]
            public class C { [Claim, Unit("l", 0), Concept("c"), HeldOut] public void C1() { } }

            [AuditTarget({|CLM0004:typeof(GenericWorld<>)|})]
            public class D { [Claim, Unit("l", 0), Concept("c"), HeldOut] public void C() { } }

            [AuditTarget({|CLM0004:null!|})]
            public class E { [Claim, Unit("l", 0), Concept("c"), HeldOut] public void C() { } }

            [AuditTarget(typeof(World))]
            public class F { [Claim, Unit("l", 0), Concept("c"), HeldOut] public void C() { } }

            public abstract class AbstractWorld : ClaimCheck.Targets.AuditTarget { }

            public sealed class WorldWithArguments(int size) : Wrapped
            {
                public int Size => size;
            }

            public sealed class PrivateWorld : Wrapped
            {
                private PrivateWorld() { }
            }

            public sealed class GenericWorld<T> : Wrapped { }

            public class Wrapped : ClaimCheck.Targets.AuditTarget
            {
                public override string Name => "world";
                public override TorchSharp.torch.nn.Module<TorchSharp.torch.Tensor, TorchSharp.torch.Tensor> Model => throw new NotSupportedException();
                public override System.Collections.Generic.IReadOnlyList<ClaimCheck.Targets.DataSplit> Splits => [];
                public override ClaimCheck.Targets.ConceptLibrary Concepts => throw new NotSupportedException();
            }
            """ + Sources.World);

    [Test]
    public async Task Messages_name_the_class_or_the_type()
    {
        string[] messages = await Messages.Of<AuditTargetAnalyzer>("""
            public class BottleneckClaims { [Claim, Unit("l", 0), Concept("c"), HeldOut] public void C() { } }

            [AuditTarget(typeof(string))]
            public class Other { [Claim, Unit("l", 0), Concept("c"), HeldOut] public void C() { } }
            """);

        Assert.That(messages, Is.EqualTo(new[]
        {
            "CLM0004: 'BottleneckClaims' declares claims but is bound to no audit target; add [AuditTarget(typeof(...))] to the class or assembly",
            "CLM0004: 'string' is not a concrete AuditTarget with a public parameterless constructor",
        }));
    }
}
