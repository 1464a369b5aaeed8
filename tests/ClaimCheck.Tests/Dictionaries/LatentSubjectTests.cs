using ClaimCheck.Capture;
using ClaimCheck.Claims;
using ClaimCheck.Diagnostics;
using ClaimCheck.Dictionaries;
using ClaimCheck.Evidence;
using ClaimCheck.Evidence.Ablation;
using ClaimCheck.Evidence.HeldOut;
using ClaimCheck.Running;
using ClaimCheck.Targets;
using ClaimCheck.Tests.Fixtures;
using ClaimCheck.Verdicts;
using NUnit.Framework;

namespace ClaimCheck.Tests.Dictionaries;

/// <summary>
/// Sparse-autoencoder latents as claim subjects on the planted target (unit 0 = a, unit 1 = a + b, unit 2 = b): the
/// hand-made autoencoder's latent k reads unit k above 0.5, so latent 0 is an "a" latent and latent 1 a polysemantic one.
/// </summary>
public class LatentSubjectTests
{
    private sealed class TargetWithAutoencoder : PlantedTarget
    {
        public TargetWithAutoencoder(SparseAutoencoder autoencoder)
        {
            Autoencoders = [new NamedAutoencoder("planted-sae", autoencoder, "unit readers made by hand")];
        }

        public override IReadOnlyList<NamedAutoencoder> Autoencoders { get; }
    }

    private static readonly TargetWithAutoencoder Target = new(HandMadeAutoencoders.UnitReaders(PlantedTarget.Width, latents: 3, threshold: 0.5f));

    private static ClaimDefinition LatentClaim(int latent, string autoencoder = "planted-sae", string layer = "layer", string concept = "a") =>
        Claim.That(Subjects.Latent(layer, autoencoder, latent)).Means(concept).WithHeldOut().Named($"Planted.Latent{latent}");

    [Test]
    public void A_latent_s_score_is_the_encoder_output()
    {
        DataSplit split = Target.Split("held-out");
        var activations = Target.Activations.Get(split, "layer", Reduction.Max);
        double[] scores = SubjectScorer.Score(new LatentSubject("layer", "planted-sae", 2), activations, Target);

        double[] expected = activations.Column(2).Select(x => Math.Max(0, x - 0.5)).ToArray();
        Assert.That(scores, Is.EqualTo(expected).Within(1e-6));
    }

    [Test]
    public void A_monosemantic_latent_holds_and_a_polysemantic_one_is_brittle()
    {
        ClaimResult clean = ClaimRunner.Run(Target, LatentClaim(0));
        ClaimResult mixed = ClaimRunner.Run(Target, LatentClaim(1));

        Assert.That(clean.Verdict, Is.EqualTo(Verdict.Holds), string.Join("\n", clean.Diagnostics));
        Assert.That(mixed.Verdict, Is.EqualTo(Verdict.Brittle), string.Join("\n", mixed.Diagnostics));
        Assert.That(mixed.Diagnostics.Select(d => d.Id), Does.Contain(DiagnosticIds.AlsoRespondsTo));
        // The null holds the 200 random directions and the dictionary's 2 other latents.
        Assert.That(clean.HeldOut!.HeldOut[0].NullSize, Is.EqualTo(new HeldOutSettings().NullDirections + 2));
    }

    [Test]
    public void The_reader_takes_a_latent_attribute()
    {
        ClaimDefinition claim = ClaimReader.Read(typeof(LatentClaims).GetMethod(nameof(LatentClaims.Latent0MeansA))!).Definition;

        Assert.That(claim.Subject, Is.EqualTo(new LatentSubject("layer", "planted-sae", 0)));
        Assert.That(claim.Subject.Describe(), Is.EqualTo("latent 0 of 'planted-sae' on layer"));
    }

    [Test]
    public void Unknown_autoencoder()
    {
        Diagnostic error = Error(LatentClaim(0, autoencoder: "other-sae"));

        Assert.That(error.Id, Is.EqualTo(DiagnosticIds.UnknownAutoencoder));
        Assert.That(error.Message, Does.Contain("'planted-sae' on layer"));
    }

    [Test]
    public void Latent_out_of_range()
    {
        Assert.That(Error(LatentClaim(3)).Message, Does.Contain("has 3 latents (0 to 2)"));
        Assert.That(Error(LatentClaim(-1)).Id, Is.EqualTo(DiagnosticIds.LatentOutOfRange));
        Assert.That(Error(LatentClaim(3)).Id, Is.EqualTo(DiagnosticIds.LatentOutOfRange));
    }

    [Test]
    public void An_autoencoder_of_another_width_or_layer_does_not_fit()
    {
        var narrow = new TargetWithAutoencoder(HandMadeAutoencoders.UnitReaders(4, latents: 3, threshold: 0.5f));
        var elsewhere = new TargetWithAutoencoder(HandMadeAutoencoders.UnitReaders(PlantedTarget.Width, 3, 0.5f, layer: "other"));

        Diagnostic width = Error(LatentClaim(0), narrow);
        Diagnostic layer = Error(LatentClaim(0), elsewhere);

        Assert.That(width.Id, Is.EqualTo(DiagnosticIds.AutoencoderDoesNotFitLayer));
        Assert.That(width.Message, Does.Contain("takes 4 inputs but layer 'layer' has 16 units"));
        Assert.That(layer.Id, Is.EqualTo(DiagnosticIds.AutoencoderDoesNotFitLayer));
        Assert.That(layer.Message, Does.Contain("trained on layer 'other', not 'layer'"));
    }

    [Test]
    public void An_autoencoder_of_another_model_is_refused()
    {
        var stale = new TargetWithAutoencoder(HandMadeAutoencoders.UnitReaders(PlantedTarget.Width, 3, 0.5f, fingerprint: "sha256:ffffffffffffffff"));

        Diagnostic error = Error(LatentClaim(0), stale);

        Assert.That(error.Id, Is.EqualTo(DiagnosticIds.AutoencoderFromAnotherModel));
        Assert.That(error.Message, Does.Contain("sha256:ffffffffffffffff").And.Contain(stale.ModelFingerprint));
    }

    [Test]
    public void The_model_s_own_fingerprint_is_accepted()
    {
        using var probe = new PlantedTarget();
        var current = new TargetWithAutoencoder(HandMadeAutoencoders.UnitReaders(PlantedTarget.Width, 3, 0.5f, fingerprint: probe.ModelFingerprint));

        Assert.That(ClaimRunner.Run(current, LatentClaim(0)).Verdict, Is.EqualTo(Verdict.Holds));
    }

    [Test]
    public void Projecting_out_a_latent_is_refused_with_CLM3001()
    {
        ClaimDefinition claim = Claim.That(Subjects.Latent("layer", "planted-sae", 0)).Means("a").WithHeldOut()
            .WithAblation("anything", AblationKind.ProjectOut).Named("Planted.LatentAblation");

        Diagnostic error = Error(claim);

        Assert.That(error.Id, Is.EqualTo(DiagnosticIds.InterventionDoesNotFitSubject));
        Assert.That(error.Message, Does.Contain("latent 0 of 'planted-sae'"));
    }

    [Test]
    public void An_empty_autoencoder_name_is_refused_where_the_subject_is_built()
    {
        var error = Assert.Throws<ClaimCheckException>(() => _ = new LatentSubject("layer", " ", 0))!;

        Assert.That(error.Diagnostic.Id, Is.EqualTo(DiagnosticIds.EmptySubjectName));
    }

    private static Diagnostic Error(ClaimDefinition claim, AuditTarget? target = null)
    {
        ClaimResult result = ClaimRunner.Run(target ?? Target, claim);
        Assert.That(result.Verdict, Is.EqualTo(Verdict.Inconclusive));
        return result.Diagnostics.Single(d => d.Severity == Severity.Error);
    }
}

/// <summary>A claim class for the reader test, abstract so NUnit never runs it (its target provides no autoencoder).</summary>
[AuditTarget(typeof(PlantedTarget))]
public abstract class LatentClaims
{
    [ClaimCheck.NUnit.Claim("latent 0 means a")]
    [Latent("layer", "planted-sae", 0), Concept("a"), Means, HeldOut]
    public void Latent0MeansA()
    {
    }
}
