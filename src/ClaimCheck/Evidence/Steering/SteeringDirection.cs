using ClaimCheck.Claims;
using ClaimCheck.Evidence.Ablation;
using ClaimCheck.Targets;

namespace ClaimCheck.Evidence.Steering;

/// <summary>
/// A subject as a steering vector: one unit-norm row of the layer's units. A direction is normalised; a unit is its
/// axis; a unit set is the normalised sum of its axes (every unit raised alike); a sparse-autoencoder latent is its
/// decoder row in the layer's units, normalised (adding it raises what the latent writes, Templeton et al. 2024's
/// feature steering). On a layer with positions the vector is added at every position.
/// </summary>
internal static class SteeringDirection
{
    /// <summary>
    /// The subject's unit-norm row for a layer whose output per example has <paramref name="layerShape"/> [C, ...], with
    /// the subject's bad-input errors (CLM5002–CLM5004, CLM5040–CLM5044) from the checks ablation and scoring use.
    /// </summary>
    public static float[] Resolve(Subject subject, long[] layerShape, AuditTarget target)
    {
        float[] row = subject is LatentSubject latent
            ? SubjectScorer.RequireAutoencoder(latent, (int)layerShape[0], target).Contribution(latent.Latent)
            : AblationSubject.Resolve(subject, layerShape, target).Row;
        return Normalize(row);
    }

    private static float[] Normalize(float[] row)
    {
        // In double, rounded once, as ablation's directions are.
        double norm = Math.Sqrt(row.Sum(v => (double)v * v));
        return [.. row.Select(v => (float)(v / norm))];
    }
}
