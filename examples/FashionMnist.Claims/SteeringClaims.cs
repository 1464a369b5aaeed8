using ClaimCheck;
using ClaimCheck.NUnit;
using ClaimCheck.Verdicts;
using FashionMnist;

namespace FashionMnist.Claims;

/// <summary>
/// Steering claims about hidden units of the Fashion-MNIST network: adding a unit's axis to <c>fc1</c>, at the
/// strength of a typical activation (1 × the layer's RMS norm), must raise the class's logit on images of other
/// classes beyond what random directions of the same length do, and more than it raises any other class's logit (the
/// side effects are the other class logits: the group log-odds are on another scale). Verdicts computed by ClaimCheck;
/// [ExpectVerdict] documents them.
/// </summary>
[AuditTarget(typeof(FashionMnistTarget))]
public class SteeringClaims
{
    [Claim("adding fc1 unit 3 steers the network towards trouser")]
    [Unit("fc1", 3), Concept("trouser"), Steers, Steering(DecisionStrength = 1, SideEffectReadouts = ["tshirt-top", "pullover", "dress", "coat", "sandal", "shirt", "sneaker", "bag", "ankle-boot"])]
    [ExpectVerdict(Verdict.Refuted, "CLM6001")] // raises trouser by 7.71 at strength 1, but random directions of fc1 as long raise it up to 8.44 (95th percentile) and the whole interval lies below: the unit that tracks trouser (Unit3MeansTrouser) does not steer it more than a random direction does
    public void Unit3SteersTrouser()
    {
    }

    [Claim("adding fc1 unit 42 steers the network towards trouser")]
    [Unit("fc1", 42), Concept("trouser"), Steers, Steering(DecisionStrength = 1, SideEffectReadouts = ["tshirt-top", "pullover", "dress", "coat", "sandal", "shirt", "sneaker", "bag", "ankle-boot"])]
    [ExpectVerdict(Verdict.Refuted, "CLM6001")] // raises trouser by 1.74, typical of random directions (95th percentile 8.56): the shirt unit does not steer trouser
    public void Unit42SteersTrouser()
    {
    }
}
