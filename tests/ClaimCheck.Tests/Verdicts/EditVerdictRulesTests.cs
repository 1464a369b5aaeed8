using ClaimCheck.Evidence.Edits;
using ClaimCheck.Statistics;
using ClaimCheck.Verdicts;
using NUnit.Framework;

namespace ClaimCheck.Tests.Verdicts;

/// <summary>
/// The edit verdict rule (docs/verdicts.md, "Targeted edits"): any kind of edit that fails makes the claim Brittle,
/// every kind passing makes it hold, and anything else (a rate straddling the limit, too few cases, no kind checked)
/// leaves it Inconclusive.
/// </summary>
public class EditVerdictRulesTests
{
    private const EditOutcome Passed = EditOutcome.Passed;
    private const EditOutcome Failed = EditOutcome.Failed;
    private const EditOutcome Undecided = EditOutcome.Undecided;
    private const EditOutcome TooFewCases = EditOutcome.TooFewCases;

    private static EditEvidence Evidence(params EditOutcome[] outcomes) => new()
    {
        Subject = "unit 3 of bottleneck", Concept = "stripes", Thresholds = new EditThresholds(Gap: 2, Delta: 1, Epsilon: 0.5), Seed = 1, Strict = false,
        Kinds = [.. outcomes.Select((outcome, i) => Kind((EditKind)i, outcome))],
        Diagnostics = [],
    };

    private static EditKindEvidence Kind(EditKind kind, EditOutcome outcome) => new()
    {
        Kind = kind, Cases = 100, Failures = outcome == Failed ? 40 : 0, FailureRateInterval = outcome == Failed ? new Interval(0.31, 0.5) : new Interval(0, 0.04),
        FailureLimit = 0.1, MeanChangeInGaps = 1, Outcome = outcome,
    };

    [TestCase(new[] { Passed, Passed, Passed }, Verdict.Holds)]
    [TestCase(new[] { Passed }, Verdict.Holds)]
    [TestCase(new[] { Failed, Passed, Passed }, Verdict.Brittle)]
    [TestCase(new[] { Passed, Passed, Failed }, Verdict.Brittle)]
    [TestCase(new[] { Failed, Failed, Failed }, Verdict.Brittle)]
    [TestCase(new[] { Undecided, Failed, TooFewCases }, Verdict.Brittle)]
    [TestCase(new[] { Passed, Undecided, Passed }, Verdict.Inconclusive)]
    [TestCase(new[] { TooFewCases, Passed, Passed }, Verdict.Inconclusive)]
    [TestCase(new[] { Undecided, TooFewCases, Undecided }, Verdict.Inconclusive)]
    public void A_failing_kind_makes_the_claim_brittle_and_only_all_passing_holds(EditOutcome[] outcomes, Verdict expected)
    {
        Assert.That(EditVerdictRules.Decide(Evidence(outcomes)), Is.EqualTo(expected));
    }

    [Test]
    public void No_kind_checked_is_inconclusive_not_a_pass()
    {
        // Δ was unusable, so no edit was tried: nothing passed.
        Assert.That(EditVerdictRules.Decide(Evidence()), Is.EqualTo(Verdict.Inconclusive));
    }

    [Test]
    public void Missing_evidence_is_refused_by_the_arguments_name()
    {
        Assert.That(() => EditVerdictRules.Decide(null!), Throws.ArgumentNullException.With.Property(nameof(ArgumentException.ParamName)).EqualTo("evidence"));
    }
}
