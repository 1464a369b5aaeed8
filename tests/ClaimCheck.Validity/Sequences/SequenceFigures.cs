using ClaimCheck.Validity.Report;

namespace ClaimCheck.Validity.Sequences;

/// <summary>The sequence study's rates, per setting and interval method.</summary>
internal sealed class SequenceFigures(IReadOnlyList<SequenceOutcome> outcomes)
{
    /// <summary>The claims of the setting named <paramref name="setting"/>.</summary>
    public IReadOnlyList<SequenceOutcome> Of(string setting) => outcomes.Where(o => o.Setting.Name == setting).ToList();

    /// <summary>The settings in the order they ran.</summary>
    public IReadOnlyList<DocumentSetting> Settings => outcomes.Select(o => o.Setting).Distinct().ToList();

    /// <summary>
    /// How often <paramref name="method"/>'s 95% interval lies wholly above ½ in <paramref name="setting"/>: for a null
    /// setting the rate of false "selective" findings (2.5% for a calibrated interval), for a planted one the power.
    /// </summary>
    public Rate ExcludesHalfAbove(string setting, IntervalMethod method) => Rate.Of(Of(setting), o => o.ExcludesHalfAbove(method));

    /// <summary>How often <paramref name="method"/>'s interval lies wholly below ½ in <paramref name="setting"/>.</summary>
    public Rate ExcludesHalfBelow(string setting, IntervalMethod method) => Rate.Of(Of(setting), o => o.ExcludesHalfBelow(method));
}
