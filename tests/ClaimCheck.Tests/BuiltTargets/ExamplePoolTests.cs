using ClaimCheck.Diagnostics;
using ClaimCheck.Targets;
using NUnit.Framework;

namespace ClaimCheck.Tests.BuiltTargets;

/// <summary>Split builders: by ratio and by group, seeded, disjoint, with the labels following their examples.</summary>
public class ExamplePoolTests
{
    private static readonly SplitShare[] ThirdAndRest = [SplitShare.Discovery(0.3), SplitShare.HeldOut(0.7)];

    [Test]
    public void By_ratio_each_split_gets_its_share_in_pool_order_with_its_labels()
    {
        ExamplePool pool = VectorData.Pool(1000);

        IReadOnlyList<DataSplit> splits = pool.SplitByRatio(7, ThirdAndRest);
        int[] assignment = pool.AssignByRatio(7, ThirdAndRest);

        Assert.That(splits.Select(s => (s.Name, s.Role, s.Count)), Is.EqualTo(new[] { ("discovery", SplitRole.Discovery, 300), ("held-out", SplitRole.HeldOut, 700) }));
        int[] heldOutIndices = [.. Enumerable.Range(0, pool.Count).Where(i => assignment[i] == 1)];
        Assert.That(heldOutIndices, Is.Ordered);
        DataSplit expected = pool.Take("held-out", SplitRole.HeldOut, heldOutIndices);
        Assert.That(splits[1].Fingerprint, Is.EqualTo(expected.Fingerprint));
        Assert.That(splits[1].Labels["a"], Is.EqualTo(heldOutIndices.Select(i => pool.Labels["a"][i])));
    }

    [Test]
    public void The_same_seed_cuts_the_same_splits_and_another_seed_other_ones()
    {
        ExamplePool pool = VectorData.Pool(500);

        var first = pool.AssignByRatio(7, ThirdAndRest);
        var second = pool.AssignByRatio(7, ThirdAndRest);
        Assert.That(first, Is.EqualTo(second));
        Assert.That(pool.AssignByRatio(8, ThirdAndRest), Is.Not.EqualTo(pool.AssignByRatio(7, ThirdAndRest)));
    }

    [Test]
    public void By_ratio_copies_of_one_row_land_in_one_split()
    {
        // 100 all-zero rows among 400: cut one by one they would land on both sides and fail CLM5007 later.
        ExamplePool source = VectorData.Pool(400);
        float[] values = new float[400 * VectorData.Width];
        for (int i = 0; i < 400; i++)
        {
            if (i % 4 != 0)
            {
                source.Take("x", SplitRole.HeldOut, [i]).Example(0).CopyTo(values.AsSpan(i * VectorData.Width));
            }
        }

        var pool = new ExamplePool(values, [VectorData.Width]);
        int[] assignment = pool.AssignByRatio(3, ThirdAndRest);

        Assert.That(Enumerable.Range(0, 100).Select(k => assignment[k * 4]).Distinct().Count(), Is.EqualTo(1));
        IReadOnlyList<DataSplit> splits = pool.SplitByRatio(3, ThirdAndRest);
        Assert.That(splits[1].ExampleHashes.Intersect(splits[0].ExampleHashes), Is.Empty);
    }

    [Test]
    public void By_group_no_group_lands_in_two_splits()
    {
        ExamplePool pool = VectorData.Pool(1000);
        string[] documents = [.. Enumerable.Range(0, 1000).Select(i => $"doc-{i / 10}")];

        int[] assignment = pool.AssignByGroup(documents, 5, ThirdAndRest);
        IReadOnlyList<DataSplit> splits = pool.SplitByGroup(documents, 5, ThirdAndRest);

        Assert.That(documents.Zip(assignment).GroupBy(p => p.First).Select(g => g.Select(p => p.Second).Distinct().Count()), Is.All.EqualTo(1));
        Assert.That(splits[0].Count, Is.EqualTo(300), "100 documents of 10 examples: 30 whole documents make exactly 30%");
        Assert.That(splits[1].Count, Is.EqualTo(700));
    }

    [Test]
    public void By_group_copies_of_a_row_in_two_groups_that_land_apart_are_CLM5007_naming_the_groups_and_the_row()
    {
        ExamplePool source = VectorData.Pool(200);
        float[] values = new float[200 * VectorData.Width];
        for (int i = 0; i < 200; i++)
        {
            if (i % 10 != 0)
            {
                source.Take("x", SplitRole.HeldOut, [i]).Example(0).CopyTo(values.AsSpan(i * VectorData.Width));
            }
        }

        // The first example of every document is all zeros (say, padding): 20 copies over 20 documents.
        var pool = new ExamplePool(values, [VectorData.Width]);
        string[] documents = [.. Enumerable.Range(0, 200).Select(i => $"doc-{i / 10}")];

        var error = Assert.Throws<ClaimCheckException>(() => pool.SplitByGroup(documents, 5, ThirdAndRest))!;

        Assert.That(error.Diagnostic.Id, Is.EqualTo(DiagnosticIds.OverlappingSplits));
        Assert.That(error.Diagnostic.Message, Does.StartWith("split by group, 14 of the 140 examples of split 'held-out' also appear in split 'discovery'")
            .And.Contain("copies of 1 distinct row").And.Contain("all 16 values 0").And.Contain("(group 'doc-").And.Contain("give copies of one input the same group"));
    }

    [Test]
    public void Shares_that_add_up_to_more_than_one_or_leave_a_split_empty_are_CLM5009()
    {
        ExamplePool pool = VectorData.Pool(10);

        var tooMuch = Assert.Throws<ClaimCheckException>(() => pool.SplitByRatio(1, SplitShare.Discovery(0.6), SplitShare.HeldOut(0.6)))!;
        var empty = Assert.Throws<ClaimCheckException>(() => pool.SplitByRatio(1, SplitShare.Discovery(0.01), SplitShare.HeldOut(0.99)))!;
        var zero = Assert.Throws<ClaimCheckException>(() => pool.SplitByRatio(1, SplitShare.HeldOut(0)))!;

        Assert.That(new[] { tooMuch, empty, zero }.Select(e => e.Diagnostic.Id), Is.All.EqualTo(DiagnosticIds.MissingSplit));
        Assert.That(tooMuch.Diagnostic.Message, Does.Contain("add up to 1.2"));
        Assert.That(empty.Diagnostic.Message, Does.StartWith("split 'discovery' would be empty"));
    }

    [Test]
    public void Shares_below_one_leave_the_rest_out()
    {
        IReadOnlyList<DataSplit> splits = VectorData.Pool(1000).SplitByRatio(2, SplitShare.Discovery(0.1), SplitShare.HeldOut(0.2));

        Assert.That(splits.Select(s => s.Count), Is.EqualTo(new[] { 100, 200 }));
    }

    [Test]
    public void Groups_that_do_not_match_the_examples_are_CLM5012()
    {
        var error = Assert.Throws<ClaimCheckException>(() => VectorData.Pool(10).SplitByGroup(["one", "two"], 1, ThirdAndRest))!;

        Assert.That(error.Diagnostic.Id, Is.EqualTo(DiagnosticIds.ModelRejectedInput));
    }

    [Test]
    public void A_row_in_brief_shows_its_first_values_and_its_length()
    {
        Assert.That(SplitOverlap.Brief([1f, 2.5f, 3f, 4f, 5f, 6f, 7f, 8f]), Is.EqualTo("[1, 2.5, 3, 4, 5, 6, … (8 values)]"));
        Assert.That(SplitOverlap.Brief([1f, 2f]), Is.EqualTo("[1, 2]"));
        Assert.That(SplitOverlap.Brief([0.5f, 0.5f]), Is.EqualTo("all 2 values 0.5"));
    }
}
