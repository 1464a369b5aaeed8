using ClaimCheck.Statistics;

namespace ClaimCheck.Evidence.HeldOut;

/// <summary>
/// How the subject responds to another concept of the library, measured only on examples where the claimed concept
/// is absent (so co-occurrence with the claimed concept cannot explain the response).
/// </summary>
public sealed record OtherConceptScore
{
    /// <summary>The other concept.</summary>
    public required string Concept { get; init; }

    /// <summary>The split it was measured on.</summary>
    public required string Split { get; init; }

    /// <summary>Examples (claimed concept absent) with the other concept.</summary>
    public required int Positives { get; init; }

    /// <summary>Examples (claimed concept absent) without it.</summary>
    public required int Negatives { get; init; }

    /// <summary>AUROC for the other concept.</summary>
    public required double Auroc { get; init; }

    /// <summary>Its interval (DeLong).</summary>
    public required Interval AurocInterval { get; init; }
}
