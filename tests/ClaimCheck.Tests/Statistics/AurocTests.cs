using ClaimCheck.Statistics;
using NUnit.Framework;

namespace ClaimCheck.Tests.Statistics;

public class AurocTests
{
    [Test]
    public void A_perfect_ranking_scores_1()
    {
        Assert.That(Auroc.Compute([0.9, 0.1, 0.8, 0.2, 0.7], [true, false, true, false, true]), Is.EqualTo(1.0));
    }

    [Test]
    public void A_reversed_ranking_scores_0()
    {
        Assert.That(Auroc.Compute([0.1, 0.9, 0.2, 0.8, 0.3], [true, false, true, false, true]), Is.EqualTo(0.0));
    }

    [Test]
    public void All_ties_score_one_half()
    {
        Assert.That(Auroc.Compute([3.0, 3.0, 3.0, 3.0, 3.0], [true, false, true, false, false]), Is.EqualTo(0.5));
    }

    [Test]
    public void A_small_example_matches_the_count_by_hand()
    {
        // Positives 0.4 and 0.8; negatives 0.1, 0.35 and 0.4. Pairs (positive, negative):
        //   0.4 vs 0.1 win 1, 0.4 vs 0.35 win 1, 0.4 vs 0.4 tie ½, 0.8 beats all three: 3.
        // AUROC = (1 + 1 + ½ + 3) / (2 × 3) = 5.5 / 6 = 11/12.
        double auc = Auroc.Compute([0.1, 0.4, 0.35, 0.8, 0.4], [false, true, false, true, false]);

        Assert.That(auc, Is.EqualTo(11.0 / 12.0).Within(1e-15));
    }

    [Test]
    public void Infinite_scores_rank_like_any_other()
    {
        // −∞ below everything and +∞ above: positives {+∞, 0}, negatives {−∞, 1}: wins 2 + 1 = 3 of 4.
        double auc = Auroc.Compute([double.PositiveInfinity, 0, double.NegativeInfinity, 1], [true, true, false, false]);

        Assert.That(auc, Is.EqualTo(0.75));
    }

    [Test]
    public void Equals_the_Mann_Whitney_U_by_pair_counting_and_by_rank_sum()
    {
        var random = new SeededRandom(20240611);
        for (int trial = 0; trial < 20; trial++)
        {
            int n = random.NextInt(2, 120);
            var scores = new double[n];
            var labels = new bool[n];
            for (int i = 0; i < n; i++)
            {
                // One decimal place, so ties within and across classes are common.
                scores[i] = Math.Round(random.NextGaussian(), 1);
                labels[i] = random.NextBool(0.4);
            }

            labels[0] = true;
            labels[1] = false;
            (double pairU, double rankSumU, int positives, int negatives) = MannWhitney(scores, labels);
            double auc = Auroc.Compute(scores, labels);

            Assert.Multiple(() =>
            {
                Assert.That(auc, Is.EqualTo(pairU / (positives * (double)negatives)).Within(1e-12), $"trial {trial}, pairs");
                Assert.That(auc, Is.EqualTo(rankSumU / (positives * (double)negatives)).Within(1e-12), $"trial {trial}, rank sum");
            });
        }
    }

    [Test]
    public void Is_unchanged_by_a_strictly_increasing_transform_of_the_scores()
    {
        (double[] scores, bool[] labels) = Binormal.Sample(300, 500, 0.8, new SeededRandom(7));
        double[] transformed = scores.Select(s => Math.Exp(3 * s) - 2).ToArray();

        Assert.That(Auroc.Compute(transformed, labels), Is.EqualTo(Auroc.Compute(scores, labels)));
    }

    [Test]
    public void Approaches_the_binormal_truth_on_a_large_sample()
    {
        // Standard error at n = 20 000 per class is about 0.003; 0.01 is more than three of them.
        (double[] scores, bool[] labels) = Binormal.Sample(20_000, 20_000, 1.0, new SeededRandom(11));

        Assert.That(Auroc.Compute(scores, labels), Is.EqualTo(Binormal.TrueAuroc(1.0)).Within(0.01));
    }

    [Test]
    public void Rejects_a_length_mismatch()
    {
        Assert.That(() => Auroc.Compute([1.0, 2.0, 3.0], [true, false]), Throws.ArgumentException);
    }

    [Test]
    public void Rejects_a_sample_without_positives()
    {
        Assert.That(() => Auroc.Compute([1.0, 2.0], [false, false]), Throws.ArgumentException);
    }

    [Test]
    public void Rejects_a_sample_without_negatives()
    {
        Assert.That(() => Auroc.Compute([1.0, 2.0], [true, true]), Throws.ArgumentException);
    }

    [Test]
    public void Rejects_a_NaN_score()
    {
        Assert.That(() => Auroc.Compute([1.0, double.NaN, 3.0], [true, false, false]), Throws.ArgumentException);
    }

    [Test]
    public void Rejects_empty_input()
    {
        Assert.That(() => Auroc.Compute([], []), Throws.ArgumentException);
    }

    /// <summary>U by the definition (all pairs) and by Wilcoxon's rank sum with midranks, both O(n²) and independent of the code under test.</summary>
    private static (double PairU, double RankSumU, int Positives, int Negatives) MannWhitney(double[] scores, bool[] labels)
    {
        double pairU = 0;
        double rankSum = 0;
        int positives = labels.Count(l => l);
        int negatives = labels.Length - positives;
        for (int i = 0; i < scores.Length; i++)
        {
            int below = 0, equal = 0;
            for (int j = 0; j < scores.Length; j++)
            {
                if (scores[j] < scores[i])
                {
                    below++;
                }
                else if (scores[j] == scores[i])
                {
                    equal++;
                }

                if (labels[i] && !labels[j])
                {
                    pairU += scores[i] > scores[j] ? 1 : scores[i] == scores[j] ? 0.5 : 0;
                }
            }

            if (labels[i])
            {
                // The midrank of a run of `equal` tied values starting after `below` smaller ones.
                rankSum += below + ((equal + 1) / 2.0);
            }
        }

        return (pairU, rankSum - (positives * (positives + 1) / 2.0), positives, negatives);
    }

    [Test]
    public void Each_refusal_of_a_sample_says_what_is_wrong_with_it()
    {
        // Every score-versus-label statistic shares these checks; the message is what a claim author reads.
        Assert.Multiple(() =>
        {
            Assert.That(() => Auroc.Compute([0.1, 0.2], [true]),
                Throws.ArgumentException.With.Message.Contains("There are 2 scores but 1 labels; each score needs exactly one label."));
            Assert.That(() => Auroc.Compute([0.1, double.NaN, 0.3], [true, false, false]),
                Throws.ArgumentException.With.Message.Contains("Score 1 is NaN; every score must be a number."));
            Assert.That(() => Auroc.Compute([0.1, 0.2], [false, false]),
                Throws.ArgumentException.With.Message.Contains("There are no positive labels; a ranking statistic needs both classes."));
            Assert.That(() => Auroc.Compute([0.1, 0.2], [true, true]),
                Throws.ArgumentException.With.Message.Contains("There are no negative labels; a ranking statistic needs both classes."));
            Assert.That(() => DeLong.AurocInterval([0.1, 0.2, 0.3, 0.4], [true, true, false, false], level: 1.5),
                Throws.InstanceOf<ArgumentOutOfRangeException>().With.Message.Contains("The confidence level must lie strictly between 0 and 1"));
        });
    }
}
