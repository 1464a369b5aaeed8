using System.Security.Cryptography;
using System.Text;
using ClaimCheck.Evidence.HeldOut;
using ClaimCheck.Reports;
using ClaimCheck.Running;

namespace ClaimCheck.Benchmarks;

/// <summary>
/// A short hash of what claims computed: every claim's full-precision verdict document, plus what snapshots leave out
/// (held-out null scores; an ablation's per-example effects and null effects), bit for bit. Two builds that print the
/// same digest computed the same numbers, so a speed-up can show it changed none.
/// </summary>
internal static class ResultsDigest
{
    public static string Of(IEnumerable<ClaimResult> results)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (ClaimResult result in results)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(VerdictDocument.Build(result, fullPrecision: true).ToJsonString()));
            IEnumerable<SplitScore> splits = result.HeldOut is { } h ? (h.Discovery is { } d ? [d, .. h.HeldOut] : h.HeldOut) : [];
            Append(hash, splits.SelectMany(s => s.NullScores));
            if (result.Ablation is { } ablation)
            {
                // Nothing is appended for claims without an ablation, so digests of held-out-only runs stay as they were.
                Append(hash, ablation.Effects);
                Append(hash, ablation.Null.Effects);
            }
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset())[..12];
    }

    private static void Append(IncrementalHash hash, IEnumerable<double> values)
    {
        foreach (double value in values)
        {
            hash.AppendData(BitConverter.GetBytes(value));
        }
    }
}
