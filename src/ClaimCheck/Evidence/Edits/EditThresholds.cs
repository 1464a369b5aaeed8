namespace ClaimCheck.Evidence.Edits;

/// <summary>
/// The thresholds of the edit properties, scaled by the subject's held-out gap Δ on the edit scale (see
/// <see cref="EditScale"/>), so "moves enough" means the same for a unit that ranges over 0–30 and a direction over 0–3.
/// </summary>
/// <param name="Gap">Δ, from the held-out split, on the scale <paramref name="Scale"/>.</param>
/// <param name="Delta">δ: the least change an add or remove must make.</param>
/// <param name="Epsilon">ε: the largest change a nuisance edit may make.</param>
/// <param name="Scale">The scale scores are compared on before and after an edit.</param>
public sealed record EditThresholds(double Gap, double Delta, double Epsilon, EditScaleKind Scale = EditScaleKind.Raw)
{
    /// <summary>δ = <see cref="EditSettings.DeltaFraction"/>·Δ and ε = <see cref="EditSettings.EpsilonFraction"/>·Δ, in activation units.</summary>
    public static EditThresholds FromGap(double gap, EditSettings settings) => FromScale(EditScale.Raw(gap), settings);

    /// <summary>δ and ε as fractions of <paramref name="scale"/>'s Δ, on that scale.</summary>
    public static EditThresholds FromScale(EditScale scale, EditSettings settings)
    {
        ArgumentNullException.ThrowIfNull(scale);
        ArgumentNullException.ThrowIfNull(settings);
        return new EditThresholds(scale.Gap, settings.DeltaFraction * scale.Gap, settings.EpsilonFraction * scale.Gap, scale.Kind);
    }

    /// <summary>Whether a case of <paramref name="kind"/> whose subject went from <paramref name="before"/> to <paramref name="after"/> holds.</summary>
    public bool Holds(EditKind kind, double before, double after) => kind switch
    {
        EditKind.Add => after - before >= Delta,
        EditKind.Remove => before - after >= Delta,
        EditKind.Nuisance => Math.Abs(after - before) <= Epsilon,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown edit kind"),
    };
}
