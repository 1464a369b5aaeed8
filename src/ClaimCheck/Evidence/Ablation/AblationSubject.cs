using ClaimCheck.Claims;
using ClaimCheck.Diagnostics;
using ClaimCheck.Dictionaries;
using ClaimCheck.Targets;

namespace ClaimCheck.Evidence.Ablation;

/// <summary>
/// A subject as an ablation sees it: a 0/1 mask over the layer's units, a unit-norm direction over them, or a
/// sparse-autoencoder latent's decoder row in the layer's units (d_j / s) with the autoencoder that says how much of it
/// each example carries. Each is one row of <c>units</c> floats, the same shape as a null draw, so the subject and its
/// null run through one code path.
/// </summary>
internal sealed record AblationSubject(bool IsDirection, float[] Row, IReadOnlyList<int> Units, AblationSubject.LatentRow? Latent = null)
{
    /// <summary>The latent behind a latent subject's row.</summary>
    internal sealed record LatentRow(SparseAutoencoder Autoencoder, int Index);

    /// <summary>Rejects a kind that does not fit the subject (CLM3001) before anything runs.</summary>
    public static void RequireFit(Subject subject, AblationKind kind)
    {
        if (subject is LatentSubject latent)
        {
            // A latent is removed through its own activation: f_j(h) set to 0 or to its mean, the difference times its
            // decoder row taken from the layer. Projecting out d_j would also remove what other latents write along
            // it; patching and resampling replace the whole layer's values, not the latent's.
            if (kind is not (AblationKind.Zero or AblationKind.Mean))
            {
                throw new ClaimCheckException(DiagnosticIds.InterventionDoesNotFitSubject,
                    $"a {kind} ablation does not fit {latent.Describe()}: a latent is ablated by setting its activation to 0 (Zero) or to its mean over the reference split (Mean) and moving the layer along its decoder row by the difference. It takes Zero or Mean");
            }

            return;
        }

        bool isDirection = subject is DirectionSubject;
        bool fits = isDirection
            ? kind is AblationKind.ProjectOut or AblationKind.Mean or AblationKind.Patch
            : kind is AblationKind.Zero or AblationKind.Mean or AblationKind.Resample;
        if (!fits)
        {
            string accepted = isDirection ? "ProjectOut, Mean (along the direction) or Patch" : "Zero, Mean or Resample";
            string why = isDirection
                ? "a direction is not a set of units: what leaves the layer is its component, which is projected out, set to its mean or patched"
                : "units are ablated by replacing their values; projecting out and patching act on a direction's component";
            throw new ClaimCheckException(DiagnosticIds.InterventionDoesNotFitSubject,
                $"a {kind} ablation does not fit {subject.Describe()}: {why}. It takes {accepted}");
        }
    }

    /// <summary>
    /// Resolves the subject against a layer whose output per example has <paramref name="layerShape"/> [C, ...]
    /// (CLM5002, CLM5003, CLM5004 on bad input; for latents CLM5040–CLM5044, and CLM5045 on a layer with positions).
    /// </summary>
    public static AblationSubject Resolve(Subject subject, long[] layerShape, AuditTarget target)
    {
        int units = (int)layerShape[0];
        switch (subject)
        {
            case LatentSubject latent:
                if (layerShape.Length != 1)
                {
                    // The autoencoder reads the layer's reduced maps ([C]); a contribution f_j·d_j of one [C] vector has no
                    // per-position form, and spreading it over positions would be an intervention of our own invention.
                    throw new ClaimCheckException(DiagnosticIds.LatentAblationUnsupported,
                        $"ablating {latent.Describe()} needs a layer of shape [batch, units], but '{latent.Layer}' gives [batch, {string.Join(", ", layerShape)}]: "
                        + $"the autoencoder reads its {latent.Reduction.ToString().ToLowerInvariant()}-reduced maps, so the latent's contribution has no per-position form. Test the latent with held-out data and targeted edits");
                }

                SparseAutoencoder autoencoder = SubjectScorer.RequireAutoencoder(latent, units, target);
                return new AblationSubject(false, autoencoder.Contribution(latent.Latent), [], new LatentRow(autoencoder, latent.Latent));
            case UnitSubject unit:
                return Mask([RequireUnit(unit.Unit, unit.Layer, units)], units);
            case UnitSetSubject set:
                if (set.Units.Count == 0)
                {
                    throw new ClaimCheckException(DiagnosticIds.UnitOutOfRange, $"the unit set in '{set.Layer}' is empty");
                }

                foreach (int u in set.Units)
                {
                    RequireUnit(u, set.Layer, units);
                }

                if (set.Units.Distinct().Count() != set.Units.Count)
                {
                    throw new ClaimCheckException(DiagnosticIds.UnitOutOfRange, $"the unit set {{{string.Join(", ", set.Units)}}} in '{set.Layer}' names a unit twice");
                }

                return Mask(set.Units, units);
            case DirectionSubject direction:
                float[] vector = SubjectScorer.RequireDirection(direction, units, target);
                return new AblationSubject(true, Normalize(vector), []);
            default:
                throw new ArgumentException($"unknown subject type {subject.GetType().Name}", nameof(subject));
        }
    }

    private static AblationSubject Mask(IReadOnlyList<int> chosen, int units)
    {
        float[] row = new float[units];
        foreach (int u in chosen)
        {
            row[u] = 1;
        }

        return new AblationSubject(false, row, chosen.ToArray());
    }

    private static float[] Normalize(float[] vector)
    {
        // In double, rounded once, so the projection removes the whole component to float precision.
        double norm = Math.Sqrt(vector.Sum(v => (double)v * v));
        return vector.Select(v => (float)(v / norm)).ToArray();
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
}
