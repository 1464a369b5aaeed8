using ClaimCheck.Claims;
using ClaimCheck.Targets;
using ClaimCheck.Verdicts;

namespace ClaimCheck.Evidence.Ablation;

/// <summary>
/// A subject as an ablation sees it: a 0/1 mask over the layer's units, or a unit-norm direction over them. Both are
/// one row of <c>units</c> floats, the same shape as a null draw, so the subject and its null run through one code path.
/// </summary>
internal sealed record AblationSubject(bool IsDirection, float[] Row, IReadOnlyList<int> Units)
{
    /// <summary>Rejects a kind that does not fit the subject (CLM3001) before anything runs.</summary>
    public static void RequireFit(Subject subject, AblationKind kind)
    {
        if (subject is LatentSubject latent)
        {
            // Removing a latent means subtracting its decoder contribution f_j(h)·d_j from the layer, an intervention
            // that depends on the input through the encoder; the engine's rows (unit masks, fixed directions) cannot
            // express it yet, and a projection onto d_j would ablate a different thing under the latent's name.
            throw new ClaimCheckException(DiagnosticIds.LatentAblationUnsupported,
                $"ablating {latent.Describe()} is not supported yet: test the latent with held-out data and targeted edits, or ablate its decoder row as a [Direction] the audit target provides");
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

    /// <summary>Resolves the subject against a layer of <paramref name="units"/> units (CLM5002, CLM5003, CLM5004 on bad input).</summary>
    public static AblationSubject Resolve(Subject subject, int units, AuditTarget target)
    {
        switch (subject)
        {
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
