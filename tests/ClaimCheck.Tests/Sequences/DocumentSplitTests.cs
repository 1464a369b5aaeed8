using ClaimCheck.Capture;
using ClaimCheck.Claims;
using ClaimCheck.Diagnostics;
using ClaimCheck.Evidence.HeldOut;
using ClaimCheck.Statistics;
using ClaimCheck.Targets;
using NUnit.Framework;
using TorchSharp.Modules;

namespace ClaimCheck.Tests.Sequences;

/// <summary>
/// Splits that name their documents: documents must be whole on one side of the split, and held-out intervals count
/// documents, not examples, as the independent units.
/// </summary>
public class DocumentSplitTests
{
    [Test]
    public void A_document_list_of_another_length_is_rejected_with_an_id()
    {
        var error = Assert.Throws<ClaimCheckException>(() => _ = new DataSplit("s", SplitRole.HeldOut, new float[6], [2]) { Documents = ["a", "b"] });

        Assert.That(error!.Diagnostic.Id, Is.EqualTo(DiagnosticIds.ModelRejectedInput));
        Assert.That(error.Message, Does.Contain("3 examples but 2 document names"));
    }

    [Test]
    public void An_example_without_a_document_is_rejected_with_an_id()
    {
        var error = Assert.Throws<ClaimCheckException>(() => _ = new DataSplit("s", SplitRole.HeldOut, new float[6], [2]) { Documents = ["a", "", "b"] });

        Assert.That(error!.Message, Does.Contain("example 1"));
    }

    [Test]
    public void A_document_on_both_sides_of_the_split_is_CLM_overlap_and_names_the_document()
    {
        (Sequential model, Sequential twin) = SequenceTwins.Models();
        twin.Dispose();
        DataSplit discovery = SequenceTwins.Split("discovery", SplitRole.Discovery, 40, 1, perDocument: 10, documentPrefix: "train/");
        DataSplit heldOut = SequenceTwins.Split("held-out", SplitRole.HeldOut, 40, 2, perDocument: 10, documentPrefix: "train/");
        using AuditTarget target = SequenceTwins.Target(model, LayerLayout.UnitsLast, discovery, heldOut);

        var error = Assert.Throws<ClaimCheckException>(target.Prepare);

        Assert.That(error!.Diagnostic.Id, Is.EqualTo(DiagnosticIds.OverlappingSplits));
        Assert.That(error.Message, Does.Contain("4 documents are in both").And.Contain("'train/0'"));
    }

    [Test]
    public void Equal_examples_of_different_documents_are_no_overlap()
    {
        // Two windows of different files may be equal (a run of spaces); only a shared document is a leak.
        (Sequential model, Sequential twin) = SequenceTwins.Models();
        twin.Dispose();
        float[] values = new float[20 * SequenceTwins.Positions * SequenceTwins.Features];
        var discovery = new DataSplit("discovery", SplitRole.Discovery, values, [SequenceTwins.Positions * SequenceTwins.Features]) { Documents = [.. Enumerable.Repeat("a.py", 20)] };
        var heldOut = new DataSplit("held-out", SplitRole.HeldOut, values, [SequenceTwins.Positions * SequenceTwins.Features]) { Documents = [.. Enumerable.Repeat("b.py", 20)] };
        using AuditTarget target = SequenceTwins.Target(model, LayerLayout.UnitsLast, discovery, heldOut);

        Assert.DoesNotThrow(target.Prepare);
    }

    [Test]
    public void Held_out_intervals_of_a_split_with_documents_are_the_clustered_ones()
    {
        DataSplit split = SequenceTwins.Split("held-out", SplitRole.HeldOut, 600, 4, perDocument: 10);
        (SplitScore score, double[] scores, bool[] labels) = Score(split, new HeldOutSettings { MinExamples = 30 });

        ClusteredAuroc expected = ClusteredDeLong.Estimate(scores, labels, split.DocumentIds!);
        Assert.That(score.AurocInterval, Is.EqualTo(ClusteredDeLong.Interval(expected)));
        Assert.That(score.AurocVariance, Is.EqualTo(expected.Variance));
        Assert.That(score.PositiveDocuments, Is.EqualTo(split.Documents!.Where((_, i) => labels[i]).Distinct().Count()).And.GreaterThan(20));
        Assert.That(score.DesignEffect, Is.EqualTo(expected.DesignEffect));
    }

    [Test]
    public void Held_out_intervals_of_a_split_without_documents_stay_DeLongs()
    {
        DataSplit split = SequenceTwins.Split("held-out", SplitRole.HeldOut, 600, 4);
        (SplitScore score, double[] scores, bool[] labels) = Score(split, new HeldOutSettings());

        int positives = labels.Count(l => l);
        Assert.That(score.AurocInterval, Is.EqualTo(DeLong.Interval(DeLong.Estimate(scores, labels), positives, labels.Length - positives)));
        Assert.That(score.IsClustered, Is.False);
    }

    [Test]
    public void Too_few_documents_leave_the_split_undecided_however_many_tokens()
    {
        // 600 examples in 12 documents: plenty of tokens, too few independent units for the default floor of 20.
        DataSplit split = SequenceTwins.Split("held-out", SplitRole.HeldOut, 600, 4, perDocument: 50);
        (SplitScore score, _, _) = Score(split, new HeldOutSettings());

        Assert.That(score.Positives, Is.GreaterThan(200));
        Assert.That(score.Status, Is.EqualTo(SplitStatus.TooFewExamples));
        Assert.That(score.PositiveDocuments, Is.EqualTo(12));
    }

    private static (SplitScore Score, double[] Scores, bool[] Labels) Score(DataSplit split, HeldOutSettings spec)
    {
        (Sequential model, Sequential twin) = SequenceTwins.Models();
        twin.Dispose();
        using AuditTarget target = SequenceTwins.Target(model, LayerLayout.UnitsLast, split);
        var subject = new UnitSubject("layer", 0, Reduction.Last);
        var claim = new ClaimDefinition { Id = "t", Text = "unit 0 means a", Subject = subject, Concept = "a", Seed = 7 };
        HeldOutEvidence evidence = HeldOutCheck.Measure(target, claim, spec);
        double[] scores = target.Activations.Get(split, "layer", Reduction.Last).Column(0);
        return (evidence.HeldOut[0], scores, target.Concepts["a"].Label(split));
    }
}
