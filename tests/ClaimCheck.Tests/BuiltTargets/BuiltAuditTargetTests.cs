using ClaimCheck.Execution;
using ClaimCheck.Running;
using ClaimCheck.Snapshots;
using ClaimCheck.Targets;
using ClaimCheck.Verdicts;
using NUnit.Framework;
using static TorchSharp.torch;

namespace ClaimCheck.Tests.BuiltTargets;

/// <summary>A built target as a type, what attribute claims name: one line deriving from <see cref="BuiltAuditTarget"/>.</summary>
public sealed class BuiltVectorTarget() : BuiltAuditTarget(
    AuditTarget.Build("built vectors", VectorData.CopyingModel())
        .WithSplits(VectorData.Pool(1800).SplitByRatio(seed: 3, SplitShare.Discovery(1.0 / 3), SplitShare.HeldOut(2.0 / 3)))
        .WithConcept("a", "component 0 is on")
        .WithDevice(CPU));

public class BuiltAuditTargetTests
{
    [Test]
    public void A_type_derived_from_a_built_target_serves_attribute_claims()
    {
        string folder = Path.Combine(Path.GetTempPath(), "claimcheck-tests", Guid.NewGuid().ToString("N"));
        var claim = Claim.That(Subjects.Unit("layer", 0)).Means("a").WithHeldOut().Named("Built.TypeUnit0");
        try
        {
            ClaimReport report = ClaimExecution.Execute(new ClaimDeclaration(claim, typeof(BuiltVectorTarget), folder), new SnapshotSettings());

            Assert.That(report.Result.Verdict, Is.EqualTo(Verdict.Holds), string.Join("\n", report.Result.Diagnostics));
            Assert.That(report.Result.TargetName, Is.EqualTo("built vectors"));
            Assert.That(AuditTargets.Get(typeof(BuiltVectorTarget)), Is.InstanceOf<BuiltVectorTarget>());
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }
}
