using ClaimCheck.Capture;
using ClaimCheck.Claims;
using ClaimCheck.Statistics;

namespace ClaimCheck.Evidence.HeldOut;

/// <summary>
/// The null a subject's score is compared with: the same score for readouts of the same layer that make no claim.
/// Every subject gets at least <see cref="HeldOutSettings.NullDirections"/> random directions of the layer (isotropic),
/// so small layers still reach p-values below any α; unit subjects add every other unit of the layer, unit sets add
/// as many random unit sets of the same size, and sparse-autoencoder latents every other latent of their dictionary.
/// </summary>
internal static class NullDistribution
{
    /// <summary>The null scores, and (unit subjects only) the other units' scores among them.</summary>
    public sealed record Result(double[] All, double[] OtherUnits);

    /// <summary>
    /// The null of <paramref name="subject"/> on <paramref name="activations"/> against <paramref name="labels"/>, drawn
    /// from <paramref name="seed"/>: the layer's null seed (<see cref="LayerNullSeed"/>), the same for every claim on the layer.
    /// </summary>
    public static Result Scores(Subject subject, ActivationMatrix activations, bool[] labels, HeldOutSettings spec, ulong seed, Targets.AuditTarget target)
    {
        var scores = new List<double>();
        var otherUnits = new List<double>();
        // The directions are the layer's, not the claim's: computed once per (activations, labels, seed) and shared.
        scores.AddRange(SharedNullScores.DirectionAurocs(activations, labels, SeededRandom.Derive(seed, "null-directions"), spec.NullDirections));

        switch (subject)
        {
            case UnitSubject unit:
                // Every other unit's AUROC is the same for every claim on this layer and concept: computed once, shared.
                double[] units = SharedNullScores.UnitAurocs(activations, labels);
                for (int u = 0; u < activations.Units; u++)
                {
                    if (u != unit.Unit)
                    {
                        otherUnits.Add(units[u]);
                    }
                }

                scores.AddRange(otherUnits);
                break;
            case LatentSubject latent:
                Dictionaries.SparseAutoencoder autoencoder = SubjectScorer.RequireAutoencoder(latent, activations.Units, target);
                double[] latents = SharedNullScores.LatentAurocs(activations, autoencoder, labels, () => SubjectScorer.Latents(latent, activations, target));
                for (int j = 0; j < latents.Length; j++)
                {
                    if (j != latent.Latent)
                    {
                        scores.Add(latents[j]);
                    }
                }

                break;
            case UnitSetSubject set when set.Units.Count < activations.Units:
                scores.AddRange(SharedNullScores.UnitSetAurocs(activations, labels, SeededRandom.Derive(seed, "null-unit-sets"), set.Units.Count, spec.NullDirections));
                break;
        }

        return new Result(scores.ToArray(), otherUnits.ToArray());
    }
}
