using ClaimCheck.Analyzers.CodeFixes;
using ClaimCheck.Analyzers.Tests.Harness;
using NUnit.Framework;

namespace ClaimCheck.Analyzers.Tests.CodeFixes;

/// <summary>CLM0003's fix: add [HeldOut] to the claim's attributes.</summary>
public class AddHeldOutCodeFixTests
{
    [Test]
    public Task HeldOut_joins_the_last_attribute_list() =>
        Verify.CodeFix<ClaimDeclarationAnalyzer, AddHeldOutCodeFix>(
            """
            public class Claims
            {
                [Claim("unit 3 of the bottleneck means stripes")]
                [Unit("bottleneck", 3), Concept("stripes"), Means]
                public void {|CLM0003:Unit3MeansStripes|}() { }
            }
            """,
            """
            public class Claims
            {
                [Claim("unit 3 of the bottleneck means stripes")]
                [Unit("bottleneck", 3), Concept("stripes"), Means, HeldOut]
                public void Unit3MeansStripes() { }
            }
            """);

    [Test]
    public Task Each_claim_of_a_class_gets_its_own() =>
        Verify.CodeFix<ClaimDeclarationAnalyzer, AddHeldOutCodeFix>(
            """
            public class Claims
            {
                [Claim, Unit("l", 0), Concept("a")]
                public void {|CLM0003:A|}() { }

                [Claim, Unit("l", 1), Concept("b")]
                public void {|CLM0003:B|}() { }
            }
            """,
            """
            public class Claims
            {
                [Claim, Unit("l", 0), Concept("a"), HeldOut]
                public void A() { }

                [Claim, Unit("l", 1), Concept("b"), HeldOut]
                public void B() { }
            }
            """);

    [Test]
    public Task Without_a_using_for_ClaimCheck_the_name_is_qualified() =>
        Verify.CodeFix<ClaimDeclarationAnalyzer, AddHeldOutCodeFix>(
            """
            namespace Outside
            {
                using HeldOut = System.String;   // a HeldOut that is not ours is in scope

                public class Claims
                {
                    [ClaimCheck.NUnit.Claim, ClaimCheck.Unit("l", 0), ClaimCheck.Concept("a")]
                    public void {|CLM0003:A|}() { }
                }
            }
            """,
            """
            namespace Outside
            {
                using HeldOut = System.String;   // a HeldOut that is not ours is in scope

                public class Claims
                {
                    [ClaimCheck.NUnit.Claim, ClaimCheck.Unit("l", 0), ClaimCheck.Concept("a"), ClaimCheck.HeldOut]
                    public void A() { }
                }
            }
            """);
}
