using ClaimCheck;
using ClaimCheck.Evidence.Ablation;
using ClaimCheck.NUnit;
using FashionMnist;

namespace FashionMnist.Claims;

/// <summary>
/// Causal claims about fc1: replacing a unit by its held-out mean must move the readout more than doing the same to
/// random units of the layer. Readouts: <c>footwear</c> is the log-odds of the footwear classes, <c>trouser</c> the
/// trouser logit. Verdicts computed by ClaimCheck; [ExpectVerdict] documents them.
/// </summary>
[AuditTarget(typeof(FashionMnistTarget))]
public class AblationClaims
{
    [Claim("unit 20 of fc1 drives the footwear log-odds (mean ablation)")]
    [Unit("fc1", 20), Concept("footwear"), Drives, Ablation(AblationKind.Mean, Readout = "footwear")]
    public void Unit20DrivesFootwear()
    {
    }

    [Claim("unit 3 of fc1 drives the trouser logit (mean ablation)")]
    [Unit("fc1", 3), Concept("trouser"), Drives, Ablation(AblationKind.Mean, Readout = "trouser")]
    public void Unit3DrivesTrouser()
    {
    }
}
