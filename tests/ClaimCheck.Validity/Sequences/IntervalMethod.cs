namespace ClaimCheck.Validity.Sequences;

/// <summary>The four 95% AUROC intervals the sequence study compares, in the report's column order.</summary>
internal enum IntervalMethod
{
    /// <summary>DeLong's interval over tokens, as if every token were independent.</summary>
    NaiveDeLong,

    /// <summary>The stratified bootstrap over tokens (resampling tokens, as if independent).</summary>
    TokenBootstrap,

    /// <summary>DeLong with Obuchowski's cluster-robust variance, documents as the clusters.</summary>
    ClusteredDeLong,

    /// <summary>The bootstrap that resamples whole documents.</summary>
    ClusterBootstrap,
}
