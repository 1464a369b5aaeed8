using ClaimCheck;
using ClaimCheck.Evidence.Ablation;
using ClaimCheck.NUnit;
using ClaimCheck.Verdicts;
using StripesWorld;
using StripesWorld.Dictionaries;

namespace StripesWorld.Claims;

/// <summary>
/// Claims about a latent of the sparse autoencoder trained on the bottleneck (the network held fixed), where
/// <see cref="BottleneckClaims.Unit3MeansStripes"/> shows that the bottleneck's own unit 3 is a brittle stripes label.
/// The dictionary's settings were chosen on training-distribution scenes (<see cref="StripesSae.Settings"/>), the
/// latent on the discovery split alone (<see cref="StripesSae.StripesLatent"/>: the highest discovery AUROC for
/// stripes, printed by <c>dotnet run --project examples/StripesWorld.Train -c Release -- sae</c>); held-out data only
/// tests it. Same bar as the unit claims (AUROC 0.8).
/// </summary>
[AuditTarget(typeof(StripesWorldTarget))]
[HeldOut(MinAuroc = 0.8)]
public class SaeClaims
{
    [Claim("the sparse autoencoder's stripes latent means stripes")]
    [Latent("bottleneck", StripesSae.Name, StripesSae.StripesLatent), Concept("stripes"), Means, HeldOut]
    // Where unit 3's label is brittle (held-out AUROC 0.62; unit 3 is also the best unit for stripes on the SAE's
    // training-distribution scenes, 0.64), the latent selects stripes: held-out AUROC 0.89 [0.88, 0.91], p 0.002 against
    // 2399 random directions and the other 7 latents (0.006 after Holm over the 3 claims of this class), 0.83 on the
    // shifted split (p 0.009, 0.027 after Holm). Whether it is specific is undecided: on the shifted split its side responses among scenes without
    // stripes, triangles 0.81 [0.78, 0.84] and checkers 0.80 [0.76, 0.84], reach the bar of 0.80 (CLM1204).
    [ExpectVerdict(Verdict.Inconclusive, "CLM1204")] // triangles 0.81 [0.78, 0.84] and checkers 0.80 [0.76, 0.84] on the shifted split reach the bar of 0.80
    public void LatentMeansStripes()
    {
    }

    [Claim("the sparse autoencoder's stripes latent means stripes, also under edits")]
    [Latent("bottleneck", StripesSae.Name, StripesSae.StripesLatent), Concept("stripes"), Means, HeldOut, TargetedEdits]
    // Held out it is undecided (above), and edits break it: add/remove fail 24/24 of 100, nuisance 16 (failed, CLM2103) (the model's own
    // read-out in EditClaims: 48/46/27): stripes added beside a blob can leave the latent at 0, and raising the background noise of a busy
    // scene can switch it on. The bottleneck has 5 units for 8 features; an 8-latent ReLU dictionary cannot give
    // stripes a latent that no other feature's pixels move.
    [ExpectVerdict(Verdict.Brittle, "CLM1204", "CLM2101", "CLM2102", "CLM2103")]
    public void LatentMeansStripesUnderEdits()
    {
    }

    [Claim("the sparse autoencoder's stripes latent drives the stripes output (zero ablation)")]
    [Latent("bottleneck", StripesSae.Name, StripesSae.StripesLatent), Concept("stripes"), Drives, Ablation(AblationKind.Zero, Readout = "stripes")]
    // Switching the latent off lowers the stripes logit by 2.65 [2.55, 2.74] on held-out scenes with stripes (0.66 on
    // the rest). Moving the bottleneck by the same amounts along random directions of the decoder row's norm does as much
    // 2.7% of the time (p 0.027, 2399 draws; the largest p of the class, so Holm leaves it). Unit 3's mean ablation is
    // refuted in AblationClaims: the latent's decoder row, not the unit, is what the read-out depends on.
    [ExpectVerdict(Verdict.Holds)]
    public void LatentDrivesStripes()
    {
    }
}
