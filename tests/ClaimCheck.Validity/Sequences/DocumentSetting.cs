namespace ClaimCheck.Validity.Sequences;

/// <summary>
/// How one setting of the sequence study draws its data sets: documents of random length, a unit's activation per token
/// that is an AR(1) process plus a per-document offset, and a concept per token that is a two-state Markov chain (runs).
/// The concept is drawn from its own random stream, independent of the activation's, so with <see cref="Effect"/> 0 the
/// claim "the unit means the concept" is null: the true AUROC is ½.
/// </summary>
/// <param name="Name">The setting's name in the report.</param>
/// <param name="Documents">Documents per data set (the clusters).</param>
/// <param name="MinLength">The shortest document, in tokens.</param>
/// <param name="MaxLength">The longest document, in tokens (lengths are uniform between the two).</param>
/// <param name="Phi">The AR(1) coefficient of the activation within a document (0: independent tokens).</param>
/// <param name="OffsetSd">The standard deviation of the per-document offset added to every token's activation.</param>
/// <param name="SwitchOn">The probability that the concept starts at the next token when it is absent at this one.</param>
/// <param name="SwitchOff">The probability that the concept ends at the next token when it is present at this one.</param>
/// <param name="Effect">What the concept adds to the activation where present (0: a null claim; above 0: planted).</param>
internal sealed record DocumentSetting(
    string Name,
    int Documents,
    int MinLength,
    int MaxLength,
    double Phi,
    double OffsetSd,
    double SwitchOn,
    double SwitchOff,
    double Effect)
{
    /// <summary>Whether the setting's claims are null (true AUROC ½).</summary>
    public bool IsNull => Effect == 0;

    /// <summary>The share of tokens where the concept is present, in the chain's stationary state.</summary>
    public double ConceptRate => SwitchOn / (SwitchOn + SwitchOff);

    /// <summary>
    /// Tokens independent of one another: no autocorrelation, no offset, the concept drawn afresh at every token (the
    /// chain's two switch probabilities add to 1). Every method should exclude ½ on the high side about 2.5% of the time.
    /// </summary>
    public static DocumentSetting IndependentTokens(int documents) =>
        new($"independent tokens, {documents} documents", documents, 20, 400, 0, 0, 0.2, 0.8, 0);

    /// <summary>
    /// The study's main null: the activation's AR(1) coefficient 0.95 (correlation about 0.36 twenty tokens apart) with a
    /// document offset of standard deviation 1 (as large as the within-document spread), the concept in runs of 12.5 tokens
    /// on average, present at a fifth of the tokens.
    /// </summary>
    public static DocumentSetting Autocorrelated(int documents, double effect = 0) =>
        new(effect == 0 ? $"AR(1) φ = 0.95 + offset, {documents} documents" : $"planted effect {effect}, AR(1) φ = 0.95 + offset, {documents} documents",
            documents, 20, 400, 0.95, 1, 0.02, 0.08, effect);
}
