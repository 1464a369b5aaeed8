using ClaimCheck.Capture;
using ClaimCheck.Claims;
using ClaimCheck.Diagnostics;
using ClaimCheck.Dictionaries;
using ClaimCheck.Targets;

namespace ClaimCheck.Evidence;

/// <summary>Turns a layer's reduced activations into one score per example for a subject, checking the subject first.</summary>
internal static class SubjectScorer
{
    /// <summary>The subject's score per example of <paramref name="activations"/>.</summary>
    public static double[] Score(Subject subject, ActivationMatrix activations, AuditTarget target)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(activations);
        return subject switch
        {
            UnitSubject unit => activations.Column(RequireUnit(unit.Unit, unit.Layer, activations.Units)),
            UnitSetSubject set => activations.MeanOf(RequireUnitSet(set, activations.Units)),
            DirectionSubject direction => activations.Project(RequireDirection(direction, activations.Units, target)),
            LatentSubject latent => LatentColumn(Latents(latent, activations, target), activations.Rows, RequireLatent(latent, target), latent.Latent),
            _ => throw new ArgumentException($"unknown subject type {subject.GetType().Name}", nameof(subject)),
        };
    }

    /// <summary>The direction's vector, checked against the layer: CLM5003 wrong length, CLM5004 zero or non-finite norm.</summary>
    public static float[] RequireDirection(DirectionSubject direction, int units, AuditTarget target)
    {
        ArgumentNullException.ThrowIfNull(direction);
        IReadOnlyList<float> vector = direction.Vector ?? target.Direction(direction.Layer, direction.Name).Vector;
        if (vector.Count != units)
        {
            throw new ClaimCheckException(DiagnosticIds.DirectionWrongLength,
                $"direction '{direction.Name}' has {vector.Count} components but layer '{direction.Layer}' has {units} units");
        }

        double norm = Math.Sqrt(vector.Sum(v => (double)v * v));
        if (!double.IsFinite(norm) || norm == 0)
        {
            throw new ClaimCheckException(DiagnosticIds.DirectionZeroNorm,
                $"direction '{direction.Name}' in '{direction.Layer}' has norm {norm.ToString(System.Globalization.CultureInfo.InvariantCulture)}; a direction needs a finite, non-zero norm");
        }

        return vector.ToArray();
    }

    /// <summary>
    /// The activations of every latent of the subject's autoencoder, row-major [rows, latents], after checking the
    /// autoencoder against the layer: CLM5040 unknown autoencoder, CLM5042 another layer, width or reduction, CLM5044
    /// another model, CLM5041 a latent out of range.
    /// </summary>
    public static float[] Latents(LatentSubject latent, ActivationMatrix activations, AuditTarget target)
    {
        ArgumentNullException.ThrowIfNull(latent);
        ArgumentNullException.ThrowIfNull(activations);
        return RequireAutoencoder(latent, activations.Units, target).Encode(activations.ToArray(), activations.Rows);
    }

    /// <summary>
    /// The latent's autoencoder, checked against a layer of <paramref name="units"/> units: CLM5040 unknown autoencoder,
    /// CLM5041 a latent out of range, CLM5042 another layer, width or reduction, CLM5044 another model.
    /// </summary>
    internal static SparseAutoencoder RequireAutoencoder(LatentSubject latent, int units, AuditTarget target)
    {
        RequireLatent(latent, target);
        SparseAutoencoder autoencoder = target.Autoencoder(latent.Autoencoder).Autoencoder;
        AutoencoderFit.Require(autoencoder, latent.Autoencoder, target, latent.Layer, latent.Reduction, units);
        return autoencoder;
    }

    /// <summary>The checked autoencoder's dictionary size: CLM5040 when the target has no such autoencoder, CLM5041 when the latent is out of range.</summary>
    private static int RequireLatent(LatentSubject latent, AuditTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        int count = target.Autoencoder(latent.Autoencoder).Autoencoder.LatentCount;
        if (latent.Latent < 0 || latent.Latent >= count)
        {
            throw new ClaimCheckException(DiagnosticIds.LatentOutOfRange,
                $"latent {latent.Latent} is out of range: sparse autoencoder '{latent.Autoencoder}' has {count} latents (0 to {count - 1})");
        }

        return count;
    }

    /// <summary>Latent <paramref name="latent"/> of a row-major [rows, latents] matrix, as doubles.</summary>
    internal static double[] LatentColumn(float[] latents, int rows, int count, int latent)
    {
        var column = new double[rows];
        for (int r = 0; r < rows; r++)
        {
            column[r] = latents[(r * count) + latent];
        }

        return column;
    }

    private static int RequireUnit(int unit, string layer, int units)
    {
        if (unit < 0 || unit >= units)
        {
            throw new ClaimCheckException(DiagnosticIds.UnitOutOfRange,
                $"unit {unit} is out of range: layer '{layer}' has {units} units (0 to {units - 1})");
        }

        return unit;
    }

    private static IReadOnlyList<int> RequireUnitSet(UnitSetSubject set, int units)
    {
        if (set.Units.Count == 0)
        {
            throw new ClaimCheckException(DiagnosticIds.UnitOutOfRange, $"the unit set in '{set.Layer}' is empty");
        }

        foreach (int unit in set.Units)
        {
            RequireUnit(unit, set.Layer, units);
        }

        if (set.Units.Distinct().Count() != set.Units.Count)
        {
            throw new ClaimCheckException(DiagnosticIds.UnitOutOfRange, $"the unit set {{{string.Join(", ", set.Units)}}} in '{set.Layer}' names a unit twice");
        }

        return set.Units;
    }
}
