using System;
using System.Text.RegularExpressions;

namespace ClaimCheck.Analyzers;

/// <summary>
/// Recognizes claim labels that equate a unit with a concept: "neuron 42 is the stripes neuron", "unit 3 = stripes",
/// "unit 3 of the bottleneck is a stripes detector", "the stripes neuron is unit 3". Hedged or measured wording
/// ("unit 3 means stripes", "unit 3 is selective for stripes", "unit 3 is not the stripes neuron") is not matched, and
/// neither are words that describe a unit rather than name a concept ("unit 3 is polysemantic").
/// </summary>
internal static class IdentityLabel
{
    // "unit 3", "neuron #42", "channel 7 of the bottleneck", "latent 12 in layer3".
    private const string Subject =
        @"\b(?:unit|neuron|channel|feature|latent|dimension|dim|direction|head|filter|component)\s*\#?\s*\d+"
        + @"(?:\s+(?:of|in|at|from)\s+(?:the\s+)?[\w.\-]+(?:\s+layer)?)?";

    private const string Role = @"(?:neuron|unit|detector|channel|feature|cell|latent|direction|filter)\b";

    private const string Is = @"\s+(?:is|equals)\s+(?!not\b|never\b|no\b|only\b|partly\b|partially\b|sometimes\b)";

    private const string Describing =
        @"(?:polysemantic|monosemantic|dead|active|inactive|sparse|dense|selective|important|interpretable|noisy|redundant|unused|saturated)\b";

    private static readonly Regex Pattern = new(
        string.Join(
            "|",
            // unit 3 = stripes, unit 3 -> stripes, unit 3 ≡ stripes
            Subject + @"\s*(?:==|=|:=|≡|->|→|=>|⇔)\s*[^\s=]",
            // neuron 42 is the stripes neuron, unit 3 is a stripes detector
            Subject + Is + @"(?:(?:the|a|an|our|just|simply|basically|clearly|really|literally)\s+)?(?:[\w\-'""“”]+\s+){0,3}?" + Role,
            // unit 3 is stripes, unit 3 is "stripes".
            Subject + Is + @"(?!" + Describing + @")(?:the\s+)?[""'“]?[\w\-]+[""'”]?\s*[.!]?\s*$",
            // the stripes neuron is unit 3, stripes = unit 3
            @"\b(?:the\s+)?[\w\-]+\s+" + Role + @"\s+(?:is|=|==)\s+" + Subject,
            @"[\w\-]+\s*(?:==|=|≡)\s*" + Subject),
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
        TimeSpan.FromMilliseconds(200));

    /// <summary>Whether <paramref name="label"/> equates a unit (or direction, latent...) with a concept.</summary>
    public static bool Matches(string label)
    {
        try
        {
            return Pattern.IsMatch(label);
        }
        catch (RegexMatchTimeoutException)
        {
            // A label long enough to time out is not a short identity statement; never hang the build over it.
            return false;
        }
    }
}
