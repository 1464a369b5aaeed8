using ClaimCheck.Analyzers.CodeFixes;
using ClaimCheck.Analyzers.Tests.Harness;
using NUnit.Framework;

namespace ClaimCheck.Analyzers.Tests.CodeFixes;

/// <summary>CLM0004's fix: bind the class to the one audit target there is, and only when there is exactly one.</summary>
public class AddAuditTargetCodeFixTests
{
    [Test]
    public Task The_only_target_is_bound_above_the_class_and_its_comments() =>
        Verify.CodeFix<AuditTargetAnalyzer, AddAuditTargetCodeFix>(
            """
            namespace Worlds
            {
                /// <summary>Claims about the bottleneck.</summary>
                public class {|CLM0004:Claims|}
                {
                    [Claim, Unit("l", 0), Concept("c"), HeldOut]
                    public void Unit0() { }
                }
            }
            """ + Sources.World,
            """
            namespace Worlds
            {
                /// <summary>Claims about the bottleneck.</summary>
                [AuditTarget(typeof(World))]
                public class Claims
                {
                    [Claim, Unit("l", 0), Concept("c"), HeldOut]
                    public void Unit0() { }
                }
            }
            """ + Sources.World);

    [Test]
    public Task The_attribute_goes_below_existing_attributes_with_a_qualified_name_where_needed() =>
        Verify.CodeFix<AuditTargetAnalyzer, AddAuditTargetCodeFix>(
            """
            namespace Targets
            {
                public sealed class StripesWorld : ClaimCheck.Targets.AuditTarget
                {
                    public override string Name => "world";
                    public override TorchSharp.torch.nn.Module<TorchSharp.torch.Tensor, TorchSharp.torch.Tensor> Model => throw new System.NotSupportedException();
                    public override System.Collections.Generic.IReadOnlyList<ClaimCheck.Targets.DataSplit> Splits => [];
                    public override ClaimCheck.Targets.ConceptLibrary Concepts => throw new System.NotSupportedException();
                }

                internal abstract class NotATarget : ClaimCheck.Targets.AuditTarget { }
            }

            namespace Claims
            {
                [ClaimCheck.HeldOut(MinAuroc = 0.9)]
                public class {|CLM0004:StripesClaims|}
                {
                    [ClaimCheck.NUnit.Claim, ClaimCheck.Unit("l", 0), ClaimCheck.Concept("c"), ClaimCheck.HeldOut]
                    public void Unit0() { }
                }
            }
            """,
            """
            namespace Targets
            {
                public sealed class StripesWorld : ClaimCheck.Targets.AuditTarget
                {
                    public override string Name => "world";
                    public override TorchSharp.torch.nn.Module<TorchSharp.torch.Tensor, TorchSharp.torch.Tensor> Model => throw new System.NotSupportedException();
                    public override System.Collections.Generic.IReadOnlyList<ClaimCheck.Targets.DataSplit> Splits => [];
                    public override ClaimCheck.Targets.ConceptLibrary Concepts => throw new System.NotSupportedException();
                }

                internal abstract class NotATarget : ClaimCheck.Targets.AuditTarget { }
            }

            namespace Claims
            {
                [ClaimCheck.HeldOut(MinAuroc = 0.9)]
                [AuditTarget(typeof(Targets.StripesWorld))]
                public class StripesClaims
                {
                    [ClaimCheck.NUnit.Claim, ClaimCheck.Unit("l", 0), ClaimCheck.Concept("c"), ClaimCheck.HeldOut]
                    public void Unit0() { }
                }
            }
            """);

    [Test]
    public Task With_two_targets_there_is_no_fix() =>
        Verify.NoCodeFix<AuditTargetAnalyzer, AddAuditTargetCodeFix>("""
            public class {|CLM0004:Claims|}
            {
                [Claim, Unit("l", 0), Concept("c"), HeldOut]
                public void Unit0() { }
            }

            public sealed class OtherWorld : ClaimCheck.Targets.AuditTarget
            {
                public override string Name => "other";
                public override TorchSharp.torch.nn.Module<TorchSharp.torch.Tensor, TorchSharp.torch.Tensor> Model => throw new NotSupportedException();
                public override System.Collections.Generic.IReadOnlyList<ClaimCheck.Targets.DataSplit> Splits => [];
                public override ClaimCheck.Targets.ConceptLibrary Concepts => throw new NotSupportedException();
            }
            """ + Sources.World);

    [Test]
    public Task With_no_target_there_is_no_fix() =>
        Verify.NoCodeFix<AuditTargetAnalyzer, AddAuditTargetCodeFix>("""
            public class {|CLM0004:Claims|}
            {
                [Claim, Unit("l", 0), Concept("c"), HeldOut]
                public void Unit0() { }
            }
            """);

    [Test]
    public Task A_wrong_target_type_gets_no_fix() =>
        Verify.NoCodeFix<AuditTargetAnalyzer, AddAuditTargetCodeFix>("""
            [AuditTarget({|CLM0004:typeof(string)|})]
            public class Claims
            {
                [Claim, Unit("l", 0), Concept("c"), HeldOut]
                public void Unit0() { }
            }
            """ + Sources.World);
}
