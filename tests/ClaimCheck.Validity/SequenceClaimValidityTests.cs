using ClaimCheck.Evidence.HeldOut;
using ClaimCheck.Validity.Report;
using ClaimCheck.Validity.Sequences;
using ClaimCheck.Verdicts;
using NUnit.Framework;

namespace ClaimCheck.Validity;

/// <summary>
/// The sequence claims study (docs/validity.md) on a CI budget: 100 null claims "unit 0 means the concept" on
/// autocorrelated documents whose layer's other units are independent per token (so the null of other units does not
/// carry the subject's dependence and only the interval protects), and 20 planted claims, each run through the claim
/// engine with documents named (ClaimCheck) and without (tokens as independent). The full study: <c>dotnet run -c Release
/// --project tests/ClaimCheck.Validity -- sequence-claims</c>.
/// </summary>
[TestFixture]
public sealed class SequenceClaimValidityTests
{
    /// <summary>The claims' significance level (HeldOutSettings's default).</summary>
    private const double Alpha = 0.05;

    /// <summary>The confidence of the gates, as in <see cref="ValidityTests"/>.</summary>
    private const double GateLevel = 0.99;

    private static readonly ClaimSetting Null = ClaimSetting.All[0];
    private static readonly ClaimSetting Planted = ClaimSetting.All[3];

    private IReadOnlyList<ClaimOutcome> _nulls = [];
    private IReadOnlyList<ClaimOutcome> _planted = [];

    [OneTimeSetUp]
    public void RunStudy()
    {
        _nulls = ClaimStudy.Run([Null], 100, line => TestContext.Progress.WriteLine("[sequence claims] " + line)).Outcomes;
        _planted = ClaimStudy.Run([Planted], 20, line => TestContext.Progress.WriteLine("[sequence claims] " + line)).Outcomes;
        TestContext.Progress.WriteLine(ClaimReport.Write([.. _nulls, .. _planted]));
    }

    [Test]
    public void Null_claims_hold_at_most_at_alpha_with_documents_named()
    {
        Rate rate = Rate.Of(_nulls, o => o.Clustered == Verdict.Holds);

        Assert.That(rate.IntervalAt(GateLevel).Lower, Is.LessThanOrEqualTo(Alpha), rate.ToString());
    }

    [Test]
    public void Taken_as_independent_the_same_tokens_would_hold_too_often()
    {
        // The comparison the study exists for: if the naive verdicts stopped over-claiming, the data would no longer
        // test what the document-clustered intervals are for.
        Rate rate = Rate.Of(_nulls, o => o.Naive == Verdict.Holds);

        Assert.That(rate.IntervalAt(GateLevel).Lower, Is.GreaterThan(Alpha), rate.ToString());
    }

    [Test]
    public void Planted_claims_hold_with_documents_named()
    {
        Rate rate = Rate.Of(_planted, o => o.Clustered == Verdict.Holds);

        Assert.That(rate.Value, Is.GreaterThanOrEqualTo(0.9), rate.ToString());
    }
}
