using ClaimCheck;
using ClaimCheck.Claims;
using ClaimCheck.Diagnostics;
using ClaimCheck.Evidence.Edits;
using ClaimCheck.Running;
using NUnit.Framework;
using StripesWorld.Model;

namespace StripesWorld.Tests.Edits;

/// <summary>A claim that replays a recorded counterexample gets exactly that counterexample back, bit for bit.</summary>
public class ClaimReplayTests
{
    [Test]
    public void Replaying_the_recorded_nuisance_counterexample_of_unit_3_reproduces_it_bit_for_bit()
    {
        ClaimDefinition claim = Claim.That(Subjects.Unit(StripesNet.BottleneckPath, 3)).Means("stripes").WithHeldOut().WithEdits()
            .Named("Replay.Unit3MeansStripes");
        ClaimResult recorded = ClaimRunner.Run(World.Target, claim);
        EditCounterexample original = recorded.Edits!.Evidence.For(EditKind.Nuisance)!.Counterexample!;

        ClaimResult replayed = ClaimRunner.Run(World.Target, claim.WithReplay(
            new ReplayRequest(original.Replay.Kind, original.Replay.CaseIndex, original.Replay.Size, original.Replay.ShrinkPath)));
        EditCounterexample again = replayed.Edits!.Replayed!;

        Assert.Multiple(() =>
        {
            Assert.That(again.Description, Is.EqualTo(original.Description));
            Assert.That(again.Size, Is.EqualTo(original.Size));
            Assert.That(BitConverter.DoubleToInt64Bits(again.Before), Is.EqualTo(BitConverter.DoubleToInt64Bits(original.Before)));
            Assert.That(BitConverter.DoubleToInt64Bits(again.After), Is.EqualTo(BitConverter.DoubleToInt64Bits(original.After)));
            Assert.That(again.Replay, Is.EqualTo(original.Replay));
            Assert.That(again.Size, Is.LessThan(original.FirstFailingSize), "the recorded counterexample was shrunk");
            Assert.That(replayed.Diagnostics.Single(d => d.Id == DiagnosticIds.CounterexampleReplayed).Message, Does.Contain(original.Description));
        });
    }
}
