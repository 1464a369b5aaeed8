namespace ClaimCheck.Evidence.Edits;

/// <summary>
/// The thresholds of the edit properties, scaled by the subject's held-out gap Δ = mean(a | concept) − mean(a | no
/// concept), so "moves enough" means the same for a unit that ranges over 0–30 and a direction over 0–3.
/// </summary>
/// <param name="Gap">Δ, from the held-out split.</param>
/// <param name="Delta">δ: the least change an add or remove must make.</param>
/// <param name="Epsilon">ε: the largest change a nuisance edit may make.</param>
public sealed record EditThresholds(double Gap, double Delta, double Epsilon)
{
    /// <summary>δ = <see cref="EditSettings.DeltaFraction"/>·Δ and ε = <see cref="EditSettings.EpsilonFraction"/>·Δ.</summary>
    public static EditThresholds FromGap(double gap, EditSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new EditThresholds(gap, settings.DeltaFraction * gap, settings.EpsilonFraction * gap);
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
