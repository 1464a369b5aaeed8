using System.Globalization;

namespace ClaimCheck.Evidence.Edits;

/// <summary>The sentences edit evidence is reported in.</summary>
internal static class EditWords
{
    /// <summary>A multiple of Δ, e.g. <c>2.1Δ</c>.</summary>
    public static string Gaps(double value) => value.ToString("0.0#", CultureInfo.InvariantCulture) + "Δ";

    /// <summary>"{case} raises {subject} by 2.1Δ; {what the property demands}".</summary>
    public static string Summary(EditKind kind, string caseDescription, string subject, double changeInGaps, EditSettings settings)
    {
        string verb = changeInGaps >= 0 ? "raises" : "lowers";
        string demand = kind switch
        {
            EditKind.Add => $"an add must raise it by at least {Gaps(settings.DeltaFraction)}",
            EditKind.Remove => $"a remove must lower it by at least {Gaps(settings.DeltaFraction)}",
            _ => $"a nuisance edit may move it by at most {Gaps(settings.EpsilonFraction)}",
        };
        return $"{caseDescription} {verb} {subject} by {Gaps(Math.Abs(changeInGaps))}; {demand}";
    }

    /// <summary>A proportion with three decimals.</summary>
    public static string Rate(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
}
