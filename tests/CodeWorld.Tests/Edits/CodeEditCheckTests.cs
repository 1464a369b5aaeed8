using ClaimCheck.Capture;
using ClaimCheck.Claims;
using ClaimCheck.Evidence.Edits;
using ClaimCheck.Targets;
using CodeWorld.Audit;
using CodeWorld.Edits;
using CodeWorld.Model;
using NUnit.Framework;

namespace CodeWorld.Tests.Edits;

/// <summary>
/// The edits run through the edit check on the committed model, given to a target the way the README shows: cases are
/// scored, failures shrink to text counterexamples, no picture is drawn, and a replay rebuilds the counterexample.
/// </summary>
public class CodeEditCheckTests
{
    private const int Windows = 600;

    [Test]
    public void The_edit_check_runs_on_the_code_model_and_its_counterexamples_read_as_text()
    {
        CodeWindow[] windows = [.. HeldOutWindows.Windows.Take(Windows)];
        var values = new float[windows.Length * CodeWindow.EncodedLength];
        for (int i = 0; i < windows.Length; i++)
        {
            windows[i].Encode(values.AsSpan(i * CodeWindow.EncodedLength, CodeWindow.EncodedLength));
        }

        var labels = new Dictionary<string, bool[]> { ["in-string"] = [.. HeldOutWindows.FileLabels(CodeEditConcept.InString).Take(Windows)] };
        var heldOut = new DataSplit("held-out", SplitRole.HeldOut, values, [CodeWindow.EncodedLength], labels) { Documents = [.. HeldOutWindows.Documents.Take(Windows)] };
        using var reader = new WindowReader(CodeWeights.LoadCommitted());
        using AuditTarget target = AuditTarget.Build("code-edits", reader)
            .WithSplits(heldOut)
            .WithConcept("in-string", "the labelled character is part of a string literal")
            .WithLayout(WindowReader.Logits, LayerLayout.UnitsLast)
            .WithEdits(CodeEdits.For("in-string", heldOut), CodeEdits.Encoder)
            .Create();

        UnitSubject subject = MostStringLikeUnit(target, heldOut);
        EditScale scale = EditGap.Scale(target, subject, "in-string", "held-out", EditScaleKind.Raw);
        var settings = EditSettings.Default with { Cases = 40 };
        ConceptEditSource source = target.EditsFor("in-string")!;

        EditRun run = source.Run(target, subject, scale, settings);

        Assert.That(scale.Gap, Is.GreaterThan(0));
        Assert.That(run.Evidence.Kinds.Select(k => (k.Kind, k.Cases)), Is.EqualTo(new[] { (EditKind.Add, 40), (EditKind.Remove, 40), (EditKind.Nuisance, 40) }));
        Assert.That(run.Pictures, Is.Empty);
        EditCounterexample[] counterexamples = [.. run.Evidence.Kinds.Select(k => k.Counterexample).OfType<EditCounterexample>()];
        Assert.That(counterexamples, Is.Not.Empty, "some edit fails for a unit that is not a perfect string detector");
        foreach (EditCounterexample counterexample in counterexamples)
        {
            TestContext.Out.WriteLine($"{counterexample.Kind} (size {counterexample.Size}, from {counterexample.FirstFailingSize}): {counterexample.Summary}");
            Assert.That(counterexample.Description, Does.Contain("⟦").And.Contain("⟧").And.Contain("⟩» of window "));
            Assert.That(counterexample.Size, Is.LessThanOrEqualTo(counterexample.FirstFailingSize));
            EditCounterexample replayed = source.Replay(target, subject, scale, settings, counterexample.Replay);
            Assert.That(replayed.Description, Is.EqualTo(counterexample.Description));
            Assert.That(replayed.After, Is.EqualTo(counterexample.After));
        }
    }

    /// <summary>
    /// The next-character logit whose held-out mean differs most between windows in and out of strings. (The logits,
    /// not a block: a hook inside the transformer's own dispose scope loses its copy until the capture keeps it outside
    /// dispose scopes.)
    /// </summary>
    private static UnitSubject MostStringLikeUnit(AuditTarget target, DataSplit heldOut)
    {
        ActivationMatrix activations = target.Activations.Get(heldOut, WindowReader.Logits, Reduction.Last);
        bool[] inString = heldOut.Labels["in-string"];
        int best = Enumerable.Range(0, activations.Units).MaxBy(unit =>
        {
            double[] column = activations.Column(unit);
            return column.Where((_, i) => inString[i]).Average() - column.Where((_, i) => !inString[i]).Average();
        });
        return new UnitSubject(WindowReader.Logits, best, Reduction.Last);
    }
}
