namespace ClaimCheck.Targets;

/// <summary>What a data split is for.</summary>
public enum SplitRole
{
    /// <summary>The data a claim was formed on (where the label was found).</summary>
    Discovery,

    /// <summary>Data the claim was not formed on; every held-out split must pass.</summary>
    HeldOut,
}
