using ClaimCheck;
using ClaimCheck.NUnit;
using ClaimCheck.Verdicts;
using FashionMnist;

namespace FashionMnist.Claims;

/// <summary>
/// Claims about units of the Fashion-MNIST network's hidden layer fc1 (64 units, post-ReLU), each the unit that
/// `dotnet run -c Release --project examples/FashionMnist.Train -- explore` ranks first for its concept on the
/// discovery sample: the labels a person would write after looking at that sample. Verdicts computed by ClaimCheck;
/// [ExpectVerdict] documents them, the verified snapshot beside this file pins the figures behind them.
/// </summary>
/// <remarks>
/// The bar, AUROC 0.8, is the one the stripes world's suite uses: a unit that ranks a random positive above a random
/// negative four times in five. It was set before any verdict here was computed, and no verdict moved it.
/// </remarks>
[AuditTarget(typeof(FashionMnistTarget))]
[HeldOut(MinAuroc = 0.8)]
public class HiddenUnitClaims
{
    [Claim("unit 20 of fc1 detects footwear")]
    [Unit("fc1", 20), Concept("footwear"), Detects, HeldOut]
    public void Unit20DetectsFootwear()
    {
    }

    [Claim("unit 20 of fc1 means footwear")]
    [Unit("fc1", 20), Concept("footwear"), Means, HeldOut]
    // AUROC 1.00 for footwear on every split (p 0.001, 0.005 for the family). Among the other garments it prefers bags,
    // 0.81 [0.78, 0.84]: an interval that reaches the bar, so whether the label is specific is undecided (CLM1204).
    // (The 3-epoch network's unit 20 picked out bags at 0.94 and was Brittle; trained to 0.897 it separates them less.)
    [ExpectVerdict(Verdict.Inconclusive, "CLM1204")]
    public void Unit20MeansFootwear()
    {
    }

    [Claim("unit 3 of fc1 means trouser")]
    [Unit("fc1", 3), Concept("trouser"), Means, HeldOut]
    // AUROC 0.97 [0.96, 0.99], but many random read-outs of fc1 separate trousers as well (p 0.058 on discovery,
    // their 95th percentile 0.98): not shown better than them, and not typical of them either (its interval reaches
    // their 95th percentile), so undecided (CLM1003). Its ablation still moves the trouser logit (AblationClaims).
    [ExpectVerdict(Verdict.Inconclusive, "CLM1003")]
    public void Unit3MeansTrouser()
    {
    }

    [Claim("unit 39 of fc1 detects sneakers")]
    [Unit("fc1", 39), Concept("sneaker"), Detects, HeldOut]
    // AUROC 0.97 held out (p 0.017), but on lighter images (x' = 0.2 + 0.8·x) it falls to 0.72 [0.68, 0.75], p 0.290, and
    // none of its 20 top images there is a sneaker: a label that holds on the data it was found on, not under a shift.
    [ExpectVerdict(Verdict.Brittle, "CLM1102")]
    public void Unit39DetectsSneaker()
    {
    }

    [Claim("unit 42 of fc1, the best unit for shirts on the discovery sample, means shirt")]
    [Unit("fc1", 42), Concept("shirt"), Means, HeldOut]
    // Shirts are the class the network gets wrong most (0.649 of test shirts). AUROC 0.87 on discovery, 0.80 [0.77, 0.84]
    // held out with p 0.028, 0.085 after Holm over the 5 claims (undecided, CLM1003), and 0.76 [0.73, 0.80] on lighter
    // images, below the bar (CLM1101); it also separates dresses from the rest, 0.80 [0.76, 0.83] (CLM1204).
    [ExpectVerdict(Verdict.Brittle, "CLM1003", "CLM1101", "CLM1204")]
    public void Unit42MeansShirt()
    {
    }
}
