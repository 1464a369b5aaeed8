using ClaimCheck.Evidence.Edits;
using ClaimCheck.Statistics;
using NUnit.Framework;

namespace ClaimCheck.Tests.Edits;

/// <summary>An edit kind's outcome by the verdict rule: intervals decide, a straddle is undecided.</summary>
public class EditJudgeTests
{
    private static EditOutcome Judge(int failures, int cases, bool strict = false)
    {
        EditSettings settings = EditSettings.Default with { Strict = strict };
        return EditCheck.Judge(failures, Wilson.ScoreInterval(failures, cases, settings.Level), settings);
    }

    [TestCase(0, 100, ExpectedResult = EditOutcome.Passed)]
    [TestCase(4, 100, ExpectedResult = EditOutcome.Passed)] // Wilson upper 0.098 < 0.1
    [TestCase(6, 100, ExpectedResult = EditOutcome.Undecided)] // [0.028, 0.125] straddles 0.1
    [TestCase(15, 100, ExpectedResult = EditOutcome.Undecided)] // [0.093, 0.233] straddles 0.1
    [TestCase(17, 100, ExpectedResult = EditOutcome.Failed)] // [0.109, 0.256] wholly above 0.1
    [TestCase(48, 100, ExpectedResult = EditOutcome.Failed)]
    [TestCase(0, 20, ExpectedResult = EditOutcome.TooFewCases)] // upper 0.161 ≥ 0.1 with no failure
    public EditOutcome Outcome_follows_the_failure_rates_interval(int failures, int cases) => Judge(failures, cases);

    [Test]
    public void Strict_mode_fails_on_one_counterexample_whatever_the_interval()
    {
        Assert.That(Judge(1, 100, strict: true), Is.EqualTo(EditOutcome.Failed));
        Assert.That(Judge(0, 100, strict: true), Is.EqualTo(EditOutcome.Passed));
    }
}
