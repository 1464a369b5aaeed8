using ClaimCheck.Evidence;
using NUnit.Framework;

namespace ClaimCheck.Reporting.Tests;

/// <summary>
/// Key figures come from the documents a real run wrote (Fixtures/results), as each kind of evidence worded them, so a
/// renamed field fails here rather than printing "n/a"; the family-adjusted p shows beside the raw one.
/// </summary>
public class KeyFiguresTests
{
    [Test]
    public void Every_real_result_has_key_figures_for_each_kind_of_evidence_it_holds()
    {
        foreach (string id in RealResults.Ids)
        {
            var document = RealResults.Document(id);
            string[] kinds = [.. document.Evidence!.Select(p => p.Key switch { "heldOut" => "held-out", var k => k })];

            IReadOnlyList<EvidenceFigure> figures = document.KeyFigures!;

            Assert.That(figures.Select(f => f.Evidence).Distinct(), Is.EquivalentTo(kinds), id);
            Assert.That(figures.Select(f => f.Value), Has.None.Contains("n/a"), id);
        }
    }

    [Test]
    public void A_held_out_split_in_a_family_shows_its_adjusted_p_and_the_discovery_split_does_not()
    {
        IReadOnlyList<EvidenceFigure> figures = RealResults.Document("BottleneckClaims.Unit3MeansStripes").KeyFigures!;

        Assert.That(figures[0].Label, Is.EqualTo("AUROC on discovery (discovery)"));
        Assert.That(figures[0].Value, Does.Not.Contain("adjusted"));
        Assert.That(figures[1].Value, Is.EqualTo("0.62 [0.60, 0.65], null p = 0.375, 0.749 adjusted for the family"));
    }

    [Test]
    public void An_ablation_in_a_family_shows_its_adjusted_p()
    {
        IReadOnlyList<EvidenceFigure> figures = RealResults.Document("AblationClaims.ReadoutDrivesStripes").KeyFigures!;

        Assert.That(figures[0].Value, Is.EqualTo("8.36 [8.26, 8.47], null p = 0.015, 0.074 adjusted for the family"));
        Assert.That(figures[1].Label, Is.EqualTo("specificity (present − absent)"));
    }
}
