using System.Globalization;
using System.Text;
using ClaimCheck.Validity.Study;
using ClaimCheck.Verdicts;

namespace ClaimCheck.Validity.Report;

/// <summary>
/// The claims whose verdict is not the one their construction calls for (a null claim that holds, a planted true
/// claim that does not, a planted polysemantic or off-concept claim that is not brittle), with the evidence behind each: where to
/// look first when a rate moves.
/// </summary>
public static class SurprisingOutcomes
{
    /// <summary>Whether <paramref name="verdict"/> is the one a claim of <paramref name="truth"/> should get (planted polysemantic and off-concept claims: Brittle).</summary>
    public static bool IsExpected(Truth truth, Verdict verdict) => truth switch
    {
        Truth.Null => verdict != Verdict.Holds,
        Truth.PlantedTrue => verdict == Verdict.Holds,
        _ => verdict == Verdict.Brittle,
    };

    /// <summary>One paragraph per surprising outcome, at most <paramref name="limit"/>.</summary>
    public static string Write(IEnumerable<StudyOutcome> outcomes, int limit)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        var text = new StringBuilder();
        foreach (StudyOutcome o in outcomes.Where(o => !IsExpected(o.Claim.Truth, o.Verdict)).Take(limit))
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"- [{o.Claim.Setting}] {o.Claim.Truth} → {o.Verdict}: {o.Claim.Claim.Id}, {o.Claim.Claim.Text}");
            foreach (string line in o.Evidence)
            {
                text.AppendLine("    " + line);
            }
        }

        return text.ToString();
    }
}
