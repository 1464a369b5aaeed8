using ClaimCheck.Targets;
using CodeWorld.Corpus;
using CodeWorld.Lexing;

namespace CodeWorld.Audit;

/// <summary>
/// The windows of one split: a set of files, each lexed once, and the sampled positions of their windows' labelled
/// characters. It turns into a <see cref="DataSplit"/> whose examples are encoded <see cref="CodeWindow"/>s, whose
/// labels are the lexer's at each labelled character, and whose documents are the files' paths.
/// </summary>
public sealed class WindowSet
{
    private WindowSet(IReadOnlyList<CodeDocument> documents, IReadOnlyList<LexedText> lexed, IReadOnlyList<WindowPosition> positions)
    {
        Documents = documents;
        Lexed = lexed;
        Positions = positions;
    }

    /// <summary>The split's files (every one, including those no window was drawn from).</summary>
    public IReadOnlyList<CodeDocument> Documents { get; }

    /// <summary>Each file's lexer labels, in <see cref="Documents"/> order.</summary>
    public IReadOnlyList<LexedText> Lexed { get; }

    /// <summary>Where each window ends, sorted by document and position.</summary>
    public IReadOnlyList<WindowPosition> Positions { get; }

    /// <summary>Windows in the set.</summary>
    public int Count => Positions.Count;

    /// <summary>Lexes <paramref name="documents"/> and samples about <paramref name="perStratum"/> windows per stratum (<see cref="WindowSampler"/>).</summary>
    public static WindowSet Sample(IReadOnlyList<CodeDocument> documents, int perStratum, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(documents);
        LexedText[] lexed = [.. documents.AsParallel().AsOrdered().Select(d => PythonLexer.Lex(d.Text))];
        return new WindowSet(documents, lexed, WindowSampler.Sample(lexed, perStratum, seed));
    }

    /// <summary>Window <paramref name="index"/>: the 64 characters ending at its labelled one, and the next.</summary>
    public CodeWindow Window(int index)
    {
        WindowPosition at = Positions[index];
        string text = Documents[at.Document].Text;
        return new CodeWindow(text.Substring(at.Position - CodeWindow.Length + 1, CodeWindow.Length), text[at.Position + 1]);
    }

    /// <summary>The file window <paramref name="index"/> comes from.</summary>
    public CodeDocument DocumentOf(int index) => Documents[Positions[index].Document];

    /// <summary>Whether <paramref name="concept"/> holds at each window's labelled character.</summary>
    public bool[] Labels(CodeConcept concept)
    {
        ArgumentNullException.ThrowIfNull(concept);
        return [.. Positions.Select(p => concept.IsPresent(Lexed[p.Document], p.Position))];
    }

    /// <summary>The set as a split: encoded windows, every concept's labels, and each window's file path as its document.</summary>
    public DataSplit ToSplit(string name, SplitRole role)
    {
        var values = new float[Count * CodeWindow.EncodedLength];
        for (int i = 0; i < Count; i++)
        {
            Window(i).Encode(values.AsSpan(i * CodeWindow.EncodedLength, CodeWindow.EncodedLength));
        }

        var labels = CodeConcepts.All.ToDictionary(c => c.Name, Labels, StringComparer.Ordinal);
        return new DataSplit(name, role, values, [.. CodeWindow.ExampleShape], labels)
        {
            Documents = [.. Positions.Select(p => Documents[p.Document].Path)],
        };
    }
}
