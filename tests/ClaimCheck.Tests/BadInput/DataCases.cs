using ClaimCheck.Diagnostics;
using ClaimCheck.Tests.Fixtures;
using NUnit.Framework;

namespace ClaimCheck.Tests.BadInput;

/// <summary>Bad-input catalog, the data: activations, splits, labels and inputs the model cannot take.</summary>
public class DataCases
{
    [Test]
    public void NaN_activations_CLM5005()
    {
        Diagnostic error = CatalogRun.Expect(DiagnosticIds.NonFiniteActivations, typeof(NaNActivationsTarget), PlantedClaim.Unit(1));

        Assert.That(error.Message, Does.Contain("layer 'layer' produced a non-finite activation on split"));
    }

    [Test]
    public void Infinite_activations_CLM5005()
    {
        Assert.That(CatalogRun.Expect(DiagnosticIds.NonFiniteActivations, typeof(InfiniteActivationsTarget), PlantedClaim.Unit(2)).Message,
            Does.Contain("unit 0"));
    }

    [Test]
    public void Concept_with_no_positives_CLM5006()
    {
        Assert.That(CatalogRun.Expect(DiagnosticIds.ConceptWithoutContrast, typeof(PlantedTarget), PlantedClaim.Unit(0, concept: "never")).Message,
            Does.Contain("0 positive"));
    }

    [Test]
    public void Concept_with_no_negatives_CLM5006()
    {
        Assert.That(CatalogRun.Expect(DiagnosticIds.ConceptWithoutContrast, typeof(AlwaysConceptTarget), PlantedClaim.Unit(0, concept: "always")).Message,
            Does.Contain("0 negative"));
    }

    [Test]
    public void Too_few_held_out_examples_CLM1001()
    {
        Diagnostic warning = CatalogRun.Expect(DiagnosticIds.TooFewExamples, typeof(SmallHeldOutTarget), PlantedClaim.Unit(0));

        Assert.That(warning.Severity, Is.EqualTo(Severity.Warning), "too little data is Inconclusive, not an error");
        Assert.That(warning.Message, Does.Contain("held-out"));
    }

    [Test]
    public void Overlapping_discovery_and_held_out_splits_CLM5007()
    {
        Assert.That(CatalogRun.Expect(DiagnosticIds.OverlappingSplits, typeof(OverlappingSplitsTarget), PlantedClaim.Unit(0)).Message,
            Does.StartWith("1 of the 1200 examples"));
    }

    [Test]
    public void Shared_examples_that_are_copies_of_one_row_CLM5007_says_so_and_shows_the_row()
    {
        Assert.That(CatalogRun.Expect(DiagnosticIds.OverlappingSplits, typeof(ZeroRowsTarget), PlantedClaim.Unit(0)).Message,
            Does.StartWith("512 of the 1200 examples of held-out split 'held-out' also appear in discovery split 'discovery' "
                + "(copies of 1 distinct row; the first is example 0 of 'held-out' and example 0 of 'discovery': all 16 values 0)"));
    }

    [Test]
    public void No_held_out_split_CLM5009()
    {
        Assert.That(CatalogRun.Expect(DiagnosticIds.MissingSplit, typeof(NoHeldOutTarget), PlantedClaim.Unit(0)).Message, Does.Contain("no held-out split"));
    }

    [Test]
    public void Empty_split_CLM5009()
    {
        Assert.That(CatalogRun.Expect(DiagnosticIds.MissingSplit, typeof(EmptySplitTarget), PlantedClaim.Unit(0)).Message, Does.Contain("'held-out-2'").And.Contain("empty"));
    }

    [Test]
    public void Input_of_the_wrong_shape_CLM5012_names_the_split_and_the_shape()
    {
        Diagnostic error = CatalogRun.Expect(DiagnosticIds.ModelRejectedInput, typeof(WrongInputShapeTarget), PlantedClaim.Unit(0));

        Assert.That(error.Message, Does.Contain("split 'discovery'").And.Contain("shape [16]"));
    }

    [Test]
    public void Labels_that_do_not_match_the_examples_CLM5012()
    {
        Assert.That(CatalogRun.Expect(DiagnosticIds.ModelRejectedInput, typeof(LabelCountTarget), PlantedClaim.Unit(0)).Message,
            Does.Contain("4 examples but 3 labels"));
    }
}
