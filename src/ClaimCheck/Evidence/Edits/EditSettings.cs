namespace ClaimCheck.Evidence.Edits;

/// <summary>
/// How a targeted-edit check runs. Immutable; change it with <c>with</c> (e.g.
/// <c>EditSettings.Default with { Cases = 200, Strict = true }</c>).
/// </summary>
public sealed record EditSettings
{
    /// <summary>The defaults: 100 cases per kind, δ = 0.5Δ, ε = 0.25Δ, failure limit 0.1, seed 1.</summary>
    public static EditSettings Default { get; } = new();

    /// <summary>Cases per edit kind.</summary>
    public int Cases { get; init; } = 100;

    /// <summary>The kinds to check, in this order.</summary>
    public IReadOnlyList<EditKind> Kinds { get; init; } = [EditKind.Add, EditKind.Remove, EditKind.Nuisance];

    /// <summary>
    /// The scale edit effects are measured on: activation units by default (Δ = difference of held-out means);
    /// <see cref="EditScaleKind.Rank"/> judges them in held-out ranks (Δ = AUROC − ½), which suits subjects whose
    /// held-out scores have long tails. See <see cref="EditScale"/> for what each one costs.
    /// </summary>
    public EditScaleKind Scale { get; init; } = EditScaleKind.Raw;

    /// <summary>δ as a fraction of the held-out gap Δ: an add or remove must move the subject by at least half the gap.</summary>
    public double DeltaFraction { get; init; } = 0.5;

    /// <summary>ε as a fraction of Δ: a nuisance edit may move the subject by at most a quarter of the gap.</summary>
    public double EpsilonFraction { get; init; } = 0.25;

    /// <summary>
    /// The largest failure rate a kind may have: it passes when the upper 95% Wilson bound of its failure rate is
    /// under this limit. 0.1 tolerates the rare edit that collides with the base (an added patch over another
    /// feature) while still rejecting a property that fails on one case in five; with 100 cases it passes at up to
    /// about 4 failures, and 35 cases with no failure are the least that can pass.
    /// </summary>
    public double FailureLimit { get; init; } = 0.1;

    /// <summary>The confidence level of the failure rate's Wilson interval.</summary>
    public double Level { get; init; } = 0.95;

    /// <summary>Strict mode: any counterexample fails the kind, whatever the rate.</summary>
    public bool Strict { get; init; }

    /// <summary>The seed all cases derive from (with the kind and the case index).</summary>
    public ulong Seed { get; init; } = 1;

    /// <summary>The FsCheck size of the first case; sizes grow linearly to <see cref="EndSize"/>, as FsCheck's runner grows them.</summary>
    public int StartSize { get; init; } = 10;

    /// <summary>The FsCheck size of the last case.</summary>
    public int EndSize { get; init; } = 100;

    /// <summary>Cases per batched evaluation (each case is two inputs, base and edited); 1 evaluates one case at a time.</summary>
    public int CasesPerBatch { get; init; } = 128;

    /// <summary>Shrink candidates evaluated together; the first failing one in the shrinker's order is taken, as one at a time.</summary>
    public int ShrinkCandidatesPerBatch { get; init; } = 8;

    /// <summary>At most this many shrink candidates are evaluated per failing kind.</summary>
    public int MaxShrinkEvaluations { get; init; } = 400;

    /// <summary>The FsCheck size of case <paramref name="index"/>.</summary>
    public int SizeOf(int index) => Cases <= 1 ? StartSize : StartSize + (int)((long)(EndSize - StartSize) * index / (Cases - 1));
}
