namespace ClaimCheck.Validity.Study;

/// <summary>How big a study run is.</summary>
/// <param name="NullClaimsPerSetting">Null claims in each null setting (the full study uses at least 200).</param>
/// <param name="RandomNetworks">Random-weight networks each random-weight setting spreads its claims over.</param>
/// <param name="PlantedTargets">Planted targets; each gives 8 claims of each planted kind (units and directions, true and polysemantic).</param>
/// <param name="Settings">The null settings to run (by name), or null for all.</param>
/// <param name="AblationNullClaimsPerSetting">Null claims in each ablation (Drives) null setting, or null for <paramref name="NullClaimsPerSetting"/>.</param>
public sealed record StudyBudget(int NullClaimsPerSetting, int RandomNetworks, int PlantedTargets, IReadOnlyList<string>? Settings = null, int? AblationNullClaimsPerSetting = null)
{
    /// <summary>Null claims in each ablation null setting.</summary>
    public int AblationNulls => AblationNullClaimsPerSetting ?? NullClaimsPerSetting;

    /// <summary>
    /// The full study: 250 null claims per setting (at least 200, as the null of a claim; a Wilson upper bound of 0.015
    /// when none holds), spread over 5 random networks per random-weight setting, and 20 planted targets (160 claims per
    /// planted kind: true and polysemantic, units and directions).
    /// </summary>
    public static StudyBudget Full { get; } = new(250, 5, 20);

    /// <summary>The root seed every draw of the study derives from.</summary>
    public const ulong RootSeed = 20261201;

    /// <summary>Whether the setting named <paramref name="name"/> is part of this run.</summary>
    public bool Includes(string name) => Settings is null || Settings.Contains(name);
}
