using ClaimCheck.Evidence.Edits;
using ClaimCheck.Targets;
using CodeWorld.Audit;
using CodeWorld.Edits;
using CodeWorld.Lexing;
using FsCheck;
using FsCheck.Fluent;
using NUnit.Framework;

namespace CodeWorld.Tests.Edits;

/// <summary>
/// Properties of every concept's generated edit cases on held-out windows (FsCheck): the lexer confirms each kind on
/// the edited window, edits keep the window's length and its labelled and next characters, and every shrink step is a
/// smaller edit of the same kind.
/// </summary>
public class CodeEditProperties
{
    private static readonly Config Runs = Config.QuickThrowOnFailure.WithMaxTest(150);

    private static IEnumerable<CodeEditConcept> Concepts => CodeEditConcept.All;

    [TestCaseSource(nameof(Concepts))]
    public void An_add_case_s_base_lacks_the_concept_and_its_edited_window_has_it(CodeEditConcept concept)
    {
        Check.One(Runs, Prop.ForAll(HeldOutWindows.EditsOf(concept).Add, c =>
            !concept.IsPresent(c.Base) && concept.IsPresent(c.Edited())));
    }

    [TestCaseSource(nameof(Concepts))]
    public void A_remove_case_s_base_has_the_concept_and_its_edited_window_lacks_it(CodeEditConcept concept)
    {
        Check.One(Runs, Prop.ForAll(HeldOutWindows.EditsOf(concept).Remove, c =>
            concept.IsPresent(c.Base) && !concept.IsPresent(c.Edited())));
    }

    [TestCaseSource(nameof(Concepts))]
    public void A_nuisance_case_keeps_the_concept_as_it_was(CodeEditConcept concept)
    {
        Check.One(Runs, Prop.ForAll(HeldOutWindows.EditsOf(concept).Nuisance, c =>
            concept.IsPresent(c.Base) == concept.IsPresent(c.Edited())));
    }

    [TestCaseSource(nameof(Concepts))]
    public void Every_edit_keeps_64_characters_the_labelled_character_and_the_next_one_and_changes_the_window(CodeEditConcept concept)
    {
        CodeConceptEdits edits = HeldOutWindows.EditsOf(concept);
        foreach (Arbitrary<EditCase<CodeWindow>> arbitrary in (Arbitrary<EditCase<CodeWindow>>[])[edits.Add, edits.Remove, edits.Nuisance])
        {
            Check.One(Runs, Prop.ForAll(arbitrary, c =>
            {
                CodeWindow edited = c.Edited();
                return edited.Context.Length == CodeWindow.Length && edited.Labelled == c.Base.Labelled && edited.Next == c.Base.Next
                    && edited.Context != c.Base.Context && c.Edit.Size >= 1 && c.BaseSize == 0;
            }));
        }
    }

    [TestCaseSource(nameof(Concepts))]
    public void Every_shrink_candidate_is_a_smaller_edit_of_the_same_family_and_kind(CodeEditConcept concept)
    {
        CodeConceptEdits edits = HeldOutWindows.EditsOf(concept);
        (Arbitrary<EditCase<CodeWindow>> Arbitrary, EditKind Kind)[] kinds = [(edits.Add, EditKind.Add), (edits.Remove, EditKind.Remove), (edits.Nuisance, EditKind.Nuisance)];
        foreach ((Arbitrary<EditCase<CodeWindow>> arbitrary, EditKind kind) in kinds)
        {
            Check.One(Config.QuickThrowOnFailure.WithMaxTest(40), Prop.ForAll(arbitrary, c =>
                arbitrary.Shrinker(c).All(s =>
                    s.Size < c.Size && s.Base == c.Base && ((CodeEdit)s.Edit).Family == ((CodeEdit)c.Edit).Family
                    && ConceptChange.Fits(kind, concept, s.Base, s.Edited()))));
        }
    }

    [TestCaseSource(nameof(Concepts))]
    public void Shrinking_ends_at_the_smallest_edit_of_its_family_that_still_fits(CodeEditConcept concept)
    {
        // Shrinking as the check does (the first candidate that still "fails", here: any fitting one) ends at an edit
        // no smaller fitting edit of its family undercuts on that window.
        Arbitrary<EditCase<CodeWindow>> add = HeldOutWindows.EditsOf(concept).Add;
        IReadOnlyList<EditCase<CodeWindow>> drawn = add.Generator.Sample(size: 50, numberOfSamples: 40);
        int shrunkTotal = 0, drawnTotal = 0;
        foreach (EditCase<CodeWindow> start in drawn)
        {
            EditCase<CodeWindow> current = start;
            while (add.Shrinker(current).FirstOrDefault() is { } smaller)
            {
                Assert.That(smaller.Size, Is.LessThan(current.Size));
                current = smaller;
            }

            var edit = (CodeEdit)current.Edit;
            CodeEditFamily family = CodeEditFamilies.For(concept, EditKind.Add).Single(f => f.Name == edit.Family);
            int smallest = family.Candidates(current.Base, PythonLexer.Lex(current.Base.Context))
                .Where(e => ConceptChange.Fits(EditKind.Add, concept, current.Base, e.Apply(current.Base)))
                .Min(e => e.Size);
            Assert.That(current.Size, Is.EqualTo(smallest), current.Describe());
            shrunkTotal += current.Size;
            drawnTotal += start.Size;
        }

        Assert.That(shrunkTotal, Is.LessThan(drawnTotal), "some drawn edits are larger than they need to be");
    }

    [TestCaseSource(nameof(Concepts))]
    public void The_same_seed_draws_the_same_cases(CodeEditConcept concept)
    {
        CodeConceptEdits first = HeldOutWindows.EditsOf(concept), second = HeldOutWindows.EditsOf(concept);
        foreach ((Arbitrary<EditCase<CodeWindow>> a, Arbitrary<EditCase<CodeWindow>> b) in new[] { (first.Add, second.Add), (first.Remove, second.Remove), (first.Nuisance, second.Nuisance) })
        {
            for (ulong seed = 1; seed <= 20; seed++)
            {
                EditCase<CodeWindow> x = a.Generator.Sample(numberOfSamples: 1, seed: new Rnd(seed, 7919), size: 30)[0];
                EditCase<CodeWindow> y = b.Generator.Sample(numberOfSamples: 1, seed: new Rnd(seed, 7919), size: 30)[0];
                Assert.That(y, Is.EqualTo(x));
                Assert.That(y.Describe(), Is.EqualTo(x.Describe()));
            }
        }
    }

    [Test]
    public void Every_edit_family_gets_drawn()
    {
        // A family no case ever uses would be dead weight in the docs and a gap in the evidence.
        foreach (CodeEditConcept concept in CodeEditConcept.All)
        {
            CodeConceptEdits edits = HeldOutWindows.EditsOf(concept);
            foreach ((EditKind kind, Arbitrary<EditCase<CodeWindow>> arbitrary) in new[] { (EditKind.Add, edits.Add), (EditKind.Remove, edits.Remove), (EditKind.Nuisance, edits.Nuisance) })
            {
                var families = arbitrary.Generator.Sample(size: 30, numberOfSamples: 300).Select(c => ((CodeEdit)c.Edit).Family).ToHashSet();
                Assert.That(families, Is.EquivalentTo(CodeEditFamilies.For(concept, kind).Select(f => f.Name)), $"{concept} {kind}");
            }
        }
    }
}
