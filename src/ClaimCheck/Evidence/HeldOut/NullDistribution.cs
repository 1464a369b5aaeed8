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
        // The directions come from the claim's own seed, so they are the claim's alone: drawn and projected per claim,
        // but all of them in one blocked pass over the activations.
        float[] directions = RandomDirections.Draw(spec.NullDirections, activations.Units, SeededRandom.Derive(seed, "null-directions"));
        scores.AddRange(DirectionAurocs(activations, directions, spec.NullDirections, labels));

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

    /// <summary>Projections held at once: about 64 MB of doubles, in whole blocks of twelve directions.</summary>
    private const long ProjectionBudget = 8L << 20;

    /// <summary>The AUROC of the projection onto each of the <paramref name="count"/> directions, in draw order.</summary>
    private static double[] DirectionAurocs(ActivationMatrix activations, float[] directions, int count, bool[] labels)
    {
        var aurocs = new double[count];
        int rows = activations.Rows;
        int chunk = (int)Math.Clamp(ProjectionBudget / Math.Max(1, rows) / 12 * 12, 12, Math.Max(12, count));
        for (int first = 0; first < count; first += chunk)
        {
            int size = Math.Min(chunk, count - first);
            double[] projections = activations.ProjectMany(directions, first, size);
            int offset = first;
            Parallel.For(0, size, () => (new ulong[rows], new ulong[rows], new ulong[rows]), (d, _, buffers) =>
            {
                aurocs[offset + d] = ClassAuroc.Compute(projections.AsSpan(d * rows, rows), labels, buffers.Item1, buffers.Item2, buffers.Item3);
                return buffers;
            }, _ => { });
        }

        return aurocs;
    }
}
