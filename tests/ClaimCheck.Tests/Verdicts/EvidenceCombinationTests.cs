using ClaimCheck.Evidence;
using ClaimCheck.Claims;
using ClaimCheck.Verdicts;
using NUnit.Framework;

namespace ClaimCheck.Tests.Verdicts;

/// <summary>
/// How a claim's kinds of evidence combine: the primary one (held-out for Means and Detects, ablation for Drives) decides
/// unless it holds; then failing secondary evidence makes the claim Brittle and undecided secondary evidence Inconclusive.
/// </summary>
public class EvidenceCombinationTests
{
    private const Verdict Holds = Verdict.Holds;
    private const Verdict Brittle = Verdict.Brittle;
    private const Verdict Refuted = Verdict.Refuted;
    private const Verdict Inconclusive = Verdict.Inconclusive;

    [TestCase(ClaimKind.Means, Holds, null, null, Holds)]
    [TestCase(ClaimKind.Detects, Refuted, Holds, Holds, Refuted)]
    [TestCase(ClaimKind.Means, Brittle, Holds, null, Brittle)]
    [TestCase(ClaimKind.Means, Inconclusive, Refuted, null, Inconclusive)]
    [TestCase(ClaimKind.Means, Holds, Refuted, null, Brittle)]
    [TestCase(ClaimKind.Means, Holds, Brittle, Holds, Brittle)]
    [TestCase(ClaimKind.Means, Holds, Holds, Refuted, Brittle)]
    [TestCase(ClaimKind.Means, Holds, Inconclusive, null, Inconclusive)]
    [TestCase(ClaimKind.Means, Holds, null, Inconclusive, Inconclusive)]
    [TestCase(ClaimKind.Means, Holds, Inconclusive, Brittle, Brittle)]
    [TestCase(ClaimKind.Detects, Holds, Holds, Holds, Holds)]
    public void Held_out_evidence_is_primary_for_Means_and_Detects(ClaimKind kind, Verdict heldOut, Verdict? ablation, Verdict? edits, Verdict expected)
    {
        Assert.That(EvidenceCombination.Combine(kind, heldOut, ablation, edits), Is.EqualTo(expected));
    }

    [TestCase(Holds, null, null, Holds)]
    [TestCase(Refuted, Holds, null, Refuted)]
    [TestCase(Inconclusive, Holds, null, Inconclusive)]
    [TestCase(Holds, Refuted, null, Brittle)]
    [TestCase(Holds, Inconclusive, null, Inconclusive)]
    [TestCase(Holds, Holds, Brittle, Brittle)]
    [TestCase(Holds, Holds, Inconclusive, Inconclusive)]
    [TestCase(Holds, Holds, Holds, Holds)]
    public void Ablation_evidence_is_primary_for_Drives(Verdict ablation, Verdict? heldOut, Verdict? edits, Verdict expected)
    {
        Assert.That(EvidenceCombination.Combine(ClaimKind.Drives, heldOut, ablation, edits), Is.EqualTo(expected));
    }

    [Test]
    public void A_claim_without_its_primary_evidence_is_refused()
    {
        Assert.Multiple(() =>
        {
            Assert.That(() => EvidenceCombination.Combine(ClaimKind.Means, null, Holds), Throws.ArgumentException);
            Assert.That(() => EvidenceCombination.Combine(ClaimKind.Drives, Holds, null), Throws.ArgumentException);
        });
    }

    [Test]
    public void Undecided_primary_evidence_that_held_where_formed_is_brittle_when_other_evidence_is_against_it()
    {
        Assert.Multiple(() =>
        {
            Assert.That(EvidenceCombination.Combine(ClaimKind.Means, Inconclusive, Refuted, heldWhereFormed: true), Is.EqualTo(Brittle));
            Assert.That(EvidenceCombination.Combine(ClaimKind.Means, Inconclusive, null, Brittle, heldWhereFormed: true), Is.EqualTo(Brittle));
            // Undecided elsewhere too: nothing is against it, so it stays undecided.
            Assert.That(EvidenceCombination.Combine(ClaimKind.Means, Inconclusive, Inconclusive, heldWhereFormed: true), Is.EqualTo(Inconclusive));
            // Not held where formed: the primary evidence decides.
            Assert.That(EvidenceCombination.Combine(ClaimKind.Means, Inconclusive, Refuted, heldWhereFormed: false), Is.EqualTo(Inconclusive));
        });
    }

    [Test]
    public void The_refusal_names_the_kind_whose_primary_evidence_is_missing()
    {
        Assert.That(() => EvidenceCombination.Combine(ClaimKind.Drives, Holds, null),
            Throws.ArgumentException.With.Message.Contains("a Drives claim needs its primary evidence")
                .And.Property(nameof(ArgumentException.ParamName)).EqualTo("kind"));
    }
}
