using System.Text.RegularExpressions;

namespace ClaimCheck.Snapshots;

/// <summary>
/// Compares strings that carry figures, such as diagnostic messages ("AUROC 0.93 [0.91, 0.95]"): the words must be
/// equal and each decimal figure within tolerance. Without this, a message would break the CPU/GPU agreement that
/// the numeric fields already have. Integers and hex (counts, IDs, seeds, hashes) stay exact.
/// </summary>
internal static partial class EmbeddedNumbers
{
    [GeneratedRegex(@"-?\d+\.\d+", RegexOptions.CultureInvariant)]
    private static partial Regex Decimal();

    internal static bool Agree(string verified, string received, double tolerance)
    {
        if (string.Equals(verified, received, StringComparison.Ordinal))
        {
            return true;
        }

        MatchCollection verifiedFigures = Decimal().Matches(verified);
        MatchCollection receivedFigures = Decimal().Matches(received);
        if (verifiedFigures.Count == 0 || verifiedFigures.Count != receivedFigures.Count
            || !string.Equals(Decimal().Replace(verified, "#"), Decimal().Replace(received, "#"), StringComparison.Ordinal))
        {
            return false;
        }

        for (int i = 0; i < verifiedFigures.Count; i++)
        {
            if (!JsonScalars.NumbersAgree(verifiedFigures[i].Value, receivedFigures[i].Value, tolerance))
            {
                return false;
            }
        }

        return true;
    }
}
