namespace ClaimCheck.Evidence.Ablation;

/// <summary>How the ablated forward passes ran; a matter of speed, never of results (so it stays out of snapshots).</summary>
public enum AblationPath
{
    /// <summary>Only the layers after the subject's layer ran again, from the layer's cached output (<see cref="SuffixRunner"/>).</summary>
    Suffix,

    /// <summary>Whole forward passes ran, with a hook replacing the layer's output (models that are not a chain of layers).</summary>
    FullForward,
}
