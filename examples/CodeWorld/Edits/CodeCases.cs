using ClaimCheck.Evidence.Edits;
using ClaimCheck.Targets;
using CodeWorld.Audit;
using CodeWorld.Lexing;
using FsCheck;
using FsCheck.Fluent;

namespace CodeWorld.Edits;

/// <summary>
/// The FsCheck arbitrary of one edit kind of one concept over a pool of bases. A case is drawn as: a base (uniform
/// over the pool; a base no edit of the kind fits gives way to the next one in the pool), a family among those with an
/// edit that fits it, then one of that family's fitting edits. An edit fits when the lexer confirms the kind on the
/// edited window (<see cref="ConceptChange"/>). A case shrinks to the same base with a smaller fitting edit of the
/// same family, smallest first. Bases do not shrink (base size 0).
/// </summary>
internal sealed class CodeCases
{
    private readonly EditKind _kind;
    private readonly CodeEditConcept _concept;
    private readonly IReadOnlyList<CodeBase> _pool;
    private readonly IReadOnlyList<CodeEditFamily> _families;
    private readonly Lazy<CodeEdit[][]>[] _fitting;

    public CodeCases(EditKind kind, CodeEditConcept concept, IReadOnlyList<CodeBase> pool, string source)
    {
        _kind = kind;
        _concept = concept;
        _pool = pool;
        _families = CodeEditFamilies.For(concept, kind);
        _fitting = [.. pool.Select(b => new Lazy<CodeEdit[][]>(() => FittingByFamily(b.Window)))];
        Arbitrary = Arb.From(
            from start in Gen.Choose(0, pool.Count - 1)
            let index = FirstWithEdits(start, source)
            from family in Gen.Elements(_fitting[index].Value)
            from edit in Gen.Elements(family)
            select new EditCase<CodeWindow>(_pool[index].Window, _pool[index].Description, 0, edit),
            Shrink);
    }

    /// <summary>The arbitrary: generator and shrinker.</summary>
    public Arbitrary<EditCase<CodeWindow>> Arbitrary { get; }

    /// <summary>Whether <paramref name="edit"/> acts on <paramref name="window"/> (where the concept is present or not: <paramref name="was"/>) as this kind promises.</summary>
    private bool Fits(CodeWindow window, bool was, CodeEdit edit) => ConceptChange.Fits(_kind, _concept, window, was, edit.Apply(window));

    private IEnumerable<EditCase<CodeWindow>> Shrink(EditCase<CodeWindow> editCase)
    {
        if (editCase.Edit is not CodeEdit edit || _families.FirstOrDefault(f => f.Name == edit.Family) is not { } family)
        {
            return [];
        }

        CodeWindow window = editCase.Base;
        LexedText lexed = PythonLexer.Lex(window.Context);
        bool was = _concept.IsPresentAtEnd(lexed);
        return family.Candidates(window, lexed)
            .Where(e => e.Size < edit.Size && Fits(window, was, e))
            .OrderBy(e => e.Size)
            .Select(e => editCase with { Edit = e });
    }

    private int FirstWithEdits(int start, string source)
    {
        for (int k = 0; k < _pool.Count; k++)
        {
            int index = (start + k) % _pool.Count;
            if (_fitting[index].Value.Length > 0)
            {
                return index;
            }
        }

        throw new InvalidOperationException($"no window of {source} takes a {_kind} edit of {_concept.Name}");
    }

    private CodeEdit[][] FittingByFamily(CodeWindow window)
    {
        LexedText lexed = PythonLexer.Lex(window.Context);
        bool was = _concept.IsPresentAtEnd(lexed);
        return [.. _families.Select(f => f.Candidates(window, lexed).Where(e => Fits(window, was, e)).ToArray()).Where(edits => edits.Length > 0)];
    }
}
