namespace ClaimCheck.Validity.Study;

/// <summary>What a study claim is, by construction: the row of the confusion table it counts in.</summary>
public enum Truth
{
    /// <summary>A claim the null hypothesis is true of: its subject is drawn like the null's readouts (see docs/validity.md).</summary>
    Null,

    /// <summary>A subject built to carry the concept and nothing else: it should hold.</summary>
    PlantedTrue,

    /// <summary>A subject built to carry the claimed concept and a second, rarely co-occurring one: it should be brittle.</summary>
    PlantedPolysemantic,

    /// <summary>
    /// A subject built to drive the claim's readout as much on inputs without the concept as on inputs with it (ablation
    /// claims): it drives the readout, not the concept's part of it, so it should be brittle (CLM3204's reading).
    /// </summary>
    PlantedOffConcept,
}
