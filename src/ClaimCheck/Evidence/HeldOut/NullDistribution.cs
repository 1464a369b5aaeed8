using ClaimCheck.Capture;
using ClaimCheck.Claims;
using ClaimCheck.Statistics;

namespace ClaimCheck.Evidence.HeldOut;

/// <summary>
/// The null a subject's score is compared with: the same score for readouts of the same layer that make no claim.
/// Every subject gets at least <see cref="HeldOutSpec.NullDirections"/> random directions of the layer (isotropic),
/// so small layers still reach p-values below any α; unit subjects add every other unit of the layer, unit sets add
/// as many random unit sets of the same size, and sparse-autoencoder latents every other latent of their dictionary.
/// </summary>
internal static class NullDistribution
{
    /// <summary>The null scores, and (unit subjects only) the other units' scores among them.</summary>
    public sealed record Result(double[] All, double[] OtherUnits);

    public static Result Scores(Subject subject, ActivationMatrix activations, bool[] labels, HeldOutSpec spec, ulong seed, Targets.AuditTarget target)
    {
        var scores = new List<double>();
        var otherUnits = new List<double>();
        float[] directions = RandomDirections.Draw(spec.NullDirections, activations.Units, SeededRandom.Derive(seed, "null-directions"));
        for (int d = 0; d < spec.NullDirections; d++)
        {
            scores.Add(Auroc.Compute(activations.Project(directions.AsSpan(d * activations.Units, activations.Units)), labels));
        }

        switch (subject)
        {
            case UnitSubject unit:
                for (int u = 0; u < activations.Units; u++)
                {
                    if (u != unit.Unit)
                    {
                        otherUnits.Add(Auroc.Compute(activations.Column(u), labels));
                    }
                }

                scores.AddRange(otherUnits);
                break;
            case LatentSubject latent:
                float[] latents = SubjectScorer.Latents(latent, activations, target);
                int count = latents.Length / Math.Max(1, activations.Rows);
                for (int j = 0; j < count; j++)
                {
                    if (j != latent.Latent)
                    {
                        scores.Add(Auroc.Compute(SubjectScorer.LatentColumn(latents, activations.Rows, count, j), labels));
                    }
                }

                break;
            case UnitSetSubject set when set.Units.Count < activations.Units:
                var random = new SeededRandom(SeededRandom.Derive(seed, "null-unit-sets"));
                int[] pool = Enumerable.Range(0, activations.Units).ToArray();
                for (int draw = 0; draw < spec.NullDirections; draw++)
                {
                    random.Shuffle(pool.AsSpan());
                    scores.Add(Auroc.Compute(activations.MeanOf(pool[..set.Units.Count]), labels));
                }

                break;
        }

        return new Result(scores.ToArray(), otherUnits.ToArray());
    }
}
