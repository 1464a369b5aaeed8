using ClaimCheck.Statistics;

namespace ClaimCheck.Evidence.Steering;

/// <summary>One point of the dose-response curve: the mean change of the concept's readout when the direction is added at a strength.</summary>
/// <param name="Strength">The strength α, in units of the layer's RMS activation norm.</param>
/// <param name="Mean">The mean change, readout(steered) − readout(clean), over the examples without the concept.</param>
/// <param name="Interval">The mean's percentile-bootstrap interval (seeded).</param>
internal sealed record DosePoint(double Strength, double Mean, Interval Interval);

/// <summary>
/// One step of the dose-response curve, from a strength to the next larger one: the change of the mean effect, with an
/// interval from the same resampled examples at both strengths (paired), so a fall is shown or not by the data, not by
/// two overlapping intervals.
/// </summary>
/// <param name="From">The smaller strength.</param>
/// <param name="To">The larger strength.</param>
/// <param name="Change">Mean effect at <paramref name="To"/> − mean effect at <paramref name="From"/>.</param>
/// <param name="Interval">The change's percentile-bootstrap interval (both strengths from the same resamples).</param>
internal sealed record DoseStep(double From, double To, double Change, Interval Interval)
{
    /// <summary>Whether the effect is shown to fall over this step: the whole interval below 0.</summary>
    public bool ShownToFall => Interval.Upper < 0;
}

/// <summary>
/// The change of another readout when the direction is added at the decision strength, against the intended change
/// of the concept's readout on the same examples.
/// </summary>
/// <param name="Readout">The other readout's name.</param>
/// <param name="Mean">Its mean change.</param>
/// <param name="Interval">The mean change's percentile-bootstrap interval.</param>
/// <param name="Ratio">|side effect| / intended effect; null when the intended effect is not above 0 (nothing to compare with).</param>
/// <param name="Margin">Intended effect − |side effect|: positive when the concept's readout moves more.</param>
/// <param name="MarginInterval">The margin's percentile-bootstrap interval (examples resampled jointly for both readouts).</param>
internal sealed record SideEffect(string Readout, double Mean, Interval Interval, double? Ratio, double Margin, Interval MarginInterval)
{
    /// <summary>Whether the side effect is shown larger than the intended effect: the margin's whole interval below 0.</summary>
    public bool ShownLarger => MarginInterval.Upper < 0;

    /// <summary>Whether the margin's interval reaches 0 from above: undecided which moves more.</summary>
    public bool Undecided => !ShownLarger && MarginInterval.Lower <= 0;
}
