using CodeWorld.Audit;
using CodeWorld.Corpus;
using CodeWorld.Edits;
using CodeWorld.Lexing;

namespace CodeWorld.Tests.Edits;

/// <summary>
/// Windows of the held-out files at a fixed stride, with each window's labels from lexing its whole file: the bases
/// edit tests start from, as a held-out split would hold them.
/// </summary>
internal static class HeldOutWindows
{
    private const int Stride = 331;

    private static readonly Lazy<(CodeWindow[] Windows, string[] Documents, Dictionary<string, bool[]> FileLabels)> Built = new(Build);

    public static IReadOnlyList<CodeWindow> Windows => Built.Value.Windows;

    public static IReadOnlyList<string> Documents => Built.Value.Documents;

    public static IReadOnlyList<bool> FileLabels(CodeEditConcept concept) => Built.Value.FileLabels[concept.Name];

    public static CodeConceptEdits EditsOf(CodeEditConcept concept) => new(concept, Windows, "held-out", FileLabels(concept), Documents);

    private static (CodeWindow[], string[], Dictionary<string, bool[]>) Build()
    {
        var windows = new List<CodeWindow>();
        var documents = new List<string>();
        var labels = CodeEditConcept.All.ToDictionary(c => c.Name, _ => new List<bool>());
        foreach (CodeDocument document in CodeCorpus.Committed.Split(CodeSplit.HeldOut))
        {
            LexedText lexed = PythonLexer.Lex(document.Text);
            for (int end = CodeWindow.Length; end < document.Text.Length; end += Stride)
            {
                windows.Add(new CodeWindow(document.Text[(end - CodeWindow.Length)..end], document.Text[end]));
                documents.Add(document.Path);
                foreach (CodeEditConcept concept in CodeEditConcept.All)
                {
                    labels[concept.Name].Add(concept.IsPresentAt(lexed, end - 1));
                }
            }
        }

        return ([.. windows], [.. documents], labels.ToDictionary(p => p.Key, p => p.Value.ToArray()));
    }
}
