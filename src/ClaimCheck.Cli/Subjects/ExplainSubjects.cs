namespace ClaimCheck.Cli.Subjects;

/// <summary>The subject kinds <c>explain</c> knows; add a kind here to make it available (see <see cref="IExplainSubject"/>).</summary>
internal static class ExplainSubjects
{
    /// <summary>Creates a fresh set of kinds (each owns its arguments, so each command gets its own).</summary>
    public static IReadOnlyList<IExplainSubject> All() => [new UnitExplainSubject(), new DirectionExplainSubject()];
}
