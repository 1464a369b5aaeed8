using ClaimCheck;
using ClaimCheck.NUnit;
using ClaimCheck.Verdicts;
using StripesWorld;
using StripesWorld.Dictionaries;

namespace StripesWorld.Claims;

/// <summary>
/// Claims about a latent of the sparse autoencoder trained on the bottleneck (the network held fixed), where
/// <see cref="BottleneckClaims.Unit3MeansStripes"/> shows that the bottleneck's own unit 3 is a brittle stripes label.
/// The latent was chosen on the discovery split alone (<see cref="StripesSae.StripesLatent"/>: the highest
/// discovery AUROC for stripes, printed by <c>dotnet run --project examples/StripesWorld.Train -c Release -- sae</c>);
/// held-out data only tests it. Same bar as the unit claims (AUROC 0.8).
/// </summary>
[AuditTarget(typeof(StripesWorldTarget))]
[HeldOut(MinAuroc = 0.8)]
public class SaeClaims
{
    [Claim("the sparse autoencoder's stripes latent means stripes")]
    [Latent("bottleneck", StripesSae.Name, StripesSae.StripesLatent), Concept("stripes"), Means, HeldOut]
    // Better than unit 3 (held-out AUROC 0.80 against 0.62), but not better than random bottleneck directions at
    // α = 0.05 (p = 0.06), and about as responsive to checkers among scenes without stripes (0.81 [0.79, 0.84], an
    // interval that straddles the bar, so not flagged): still brittle.
    [ExpectVerdict(Verdict.Brittle, "CLM1102")]
    public void LatentMeansStripes()
    {
    }

    [Claim("the sparse autoencoder's stripes latent means stripes, also under edits")]
    [Latent("bottleneck", StripesSae.Name, StripesSae.StripesLatent), Concept("stripes"), Means, HeldOut, TargetedEdits]
    // Adding stripes to a busy scene often leaves the latent at 0: it fires for stripes mostly when they come alone.
    [ExpectVerdict(Verdict.Brittle, "CLM1102", "CLM2101", "CLM2102", "CLM2103")]
    public void LatentMeansStripesUnderEdits()
    {
    }
}
