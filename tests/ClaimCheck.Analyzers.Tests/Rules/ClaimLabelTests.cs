using ClaimCheck.Analyzers.Tests.Harness;
using NUnit.Framework;

namespace ClaimCheck.Analyzers.Tests.Rules;

/// <summary>CLM0014: a label that equates a unit with a concept, on a claim that demands no evidence.</summary>
public class ClaimLabelTests
{
    [Test]
    public Task An_identity_label_without_evidence_is_reported_at_the_label() =>
        Verify.Diagnostics<ClaimLabelAnalyzer>("""
            public class Claims
            {
                [Claim({|CLM0014:"neuron 42 is the stripes neuron"|}), Unit("l", 42), Concept("stripes")]
                public void Neuron42() { }

                [Claim(text: {|CLM0014:"unit 3 = stripes"|}), Unit("l", 3), Concept("stripes")]
                public void Unit3() { }
            }
            """);

    [Test]
    public Task With_evidence_or_in_measured_words_the_label_passes() =>
        Verify.Diagnostics<ClaimLabelAnalyzer>("""
            public class Claims
            {
                [Claim("neuron 42 is the stripes neuron"), Unit("l", 42), Concept("stripes"), HeldOut]
                public void Neuron42WithEvidence() { }

                [Claim("unit 3 of the bottleneck means stripes"), Unit("l", 3), Concept("stripes")]
                public void Unit3Means() { }

                [Claim, Unit("l", 3), Concept("stripes")]
                public void NoLabel() { }
            }
            """);

    [Test]
    public async Task The_message_quotes_the_label()
    {
        string[] messages = await Messages.Of<ClaimLabelAnalyzer>("""
            public class Claims { [Claim("unit 3 = stripes"), Unit("l", 3), Concept("stripes")] public void Unit3() { } }
            """);

        Assert.That(messages, Is.EqualTo(new[] { "CLM0014: the label \"unit 3 = stripes\" states that a unit is a concept, but claim 'Claims.Unit3' demands no evidence" }));
    }

    [TestCase("neuron 42 is the stripes neuron")]
    [TestCase("Neuron 42 IS the stripes neuron.")]
    [TestCase("unit 3 = stripes")]
    [TestCase("unit 3 == stripes")]
    [TestCase("unit 3 -> stripes")]
    [TestCase("unit 3 → stripes")]
    [TestCase("unit 3 of the bottleneck is a stripes detector")]
    [TestCase("channel #7 in conv2 is the horizontal-stripes feature")]
    [TestCase("unit 3 is stripes")]
    [TestCase("latent 12 is \"stripes\"")]
    [TestCase("the stripes neuron is unit 3")]
    [TestCase("stripes = unit 3")]
    [TestCase("direction 0 is the curve direction")]
    public void Identity_labels_are_recognized(string label)
    {
        Assert.That(IdentityLabel.Matches(label), Is.True);
    }

    [TestCase("unit 3 of the bottleneck means stripes")]
    [TestCase("unit 3 detects stripes")]
    [TestCase("unit 3 is selective for stripes on held-out data")]
    [TestCase("unit 3 is not the stripes neuron")]
    [TestCase("unit 3 is only partly a stripes detector")]
    [TestCase("unit 3 is polysemantic")]
    [TestCase("unit 3 is one of several stripes units")]
    [TestCase("the a-axis direction means a")]
    [TestCase("stripes")]
    [TestCase("")]
    public void Measured_or_hedged_labels_are_not(string label)
    {
        Assert.That(IdentityLabel.Matches(label), Is.False);
    }
}
