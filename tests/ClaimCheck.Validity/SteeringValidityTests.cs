using ClaimCheck.Evidence.Steering;
using ClaimCheck.Validity.Report;
using ClaimCheck.Validity.Settings;
using ClaimCheck.Validity.Study;
using ClaimCheck.Verdicts;
using NUnit.Framework;

namespace ClaimCheck.Validity;

/// <summary>
/// The steering part of the validity study on a CI budget (60 random-direction claims over two random MLPs, 16 planted
/// and 16 wrong-concept claims on two planted targets): fails when null claims hold, or get p ≤ α, clearly more often
/// than α (99% Wilson bound, as the other gates), when planted claims mostly fail to hold, or when any claim that names
/// the wrong concept holds. The full study is <c>dotnet run -c Release --project tests/ClaimCheck.Validity -- 250 5 20 steering</c>.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class SteeringValidityTests
{
    private const double GateLevel = 0.99;

    private const double PlantedFloor = 0.8;

    private static readonly StudyBudget Budget = new(60, 2, 2,
        [SteeringStudySettings.MlpRandomDirections, SteeringStudySettings.Planted, SteeringStudySettings.PlantedWrongConcept]);

    private static readonly double Alpha = new SteeringSettings().Alpha;

    private IReadOnlyList<SteeringOutcome> _outcomes = null!;

    [OneTimeSetUp]
    public void RunStudy()
    {
        (_outcomes, TimeSpan elapsed) = SteeringStudy.Run(SteeringStudySettings.Batches(Budget), line => TestContext.Progress.WriteLine("[steering validity] " + line));
        TestContext.Progress.WriteLine($"[steering validity] {_outcomes.Count} claims in {elapsed.TotalSeconds:0.0} s");
        TestContext.Progress.WriteLine(SteeringReport.Write(_outcomes, SteeringStudySettings.All, Alpha));
    }

    private SteeringOutcome[] Of(string setting) => [.. _outcomes.Where(o => o.Claim.Setting == setting)];

    [Test]
    public void Random_directions_hold_at_most_at_alpha()
    {
        SteeringOutcome[] nulls = Of(SteeringStudySettings.MlpRandomDirections);
        Rate holds = Rate.Of(nulls, o => o.Verdict == Verdict.Holds);
        Rate small = Rate.Of(nulls, o => o.P <= Alpha);

        Assert.That(nulls, Has.Length.EqualTo(60));
        Assert.That(holds.IntervalAt(GateLevel).Lower, Is.LessThanOrEqualTo(Alpha), $"Holds {holds}");
        Assert.That(small.IntervalAt(GateLevel).Lower, Is.LessThanOrEqualTo(Alpha), $"p ≤ α {small}");
    }

    [Test]
    public void Planted_steering_directions_hold()
    {
        SteeringOutcome[] planted = Of(SteeringStudySettings.Planted);
        Rate holds = Rate.Of(planted, o => o.Verdict == Verdict.Holds);

        Assert.That(planted, Has.Length.EqualTo(16));
        Assert.That(holds.Value, Is.GreaterThanOrEqualTo(PlantedFloor), string.Join("\n", planted.Where(o => o.Verdict != Verdict.Holds).Select(o => o.Evidence)));
        Assert.That(planted, Has.None.Matches<SteeringOutcome>(o => o!.Verdict == Verdict.Refuted), "a planted steering direction is never refuted");
    }

    [Test]
    public void A_direction_claimed_for_a_concept_it_does_not_reach_never_holds()
    {
        SteeringOutcome[] wrong = Of(SteeringStudySettings.PlantedWrongConcept);

        Assert.That(wrong, Has.Length.EqualTo(16));
        Assert.That(wrong, Has.None.Matches<SteeringOutcome>(o => o!.Verdict == Verdict.Holds), string.Join("\n", wrong.Select(o => o.Evidence)));
    }
}
