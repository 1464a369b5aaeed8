namespace ClaimCheck.Claims;

/// <summary>What a claim says about its subject and concept.</summary>
public enum ClaimKind
{
    /// <summary>The subject is selective for the concept and specific to it (does not also respond to other concepts).</summary>
    Means,

    /// <summary>The subject responds to the concept; responses to other concepts are reported but allowed.</summary>
    Detects,

    /// <summary>The subject is causally needed for the concept's readout (ablation evidence).</summary>
    Drives,

    /// <summary>Adding the subject's direction at its layer moves the concept's readout (steering evidence).</summary>
    Steers,
}
