using ClaimCheck.Statistics;
using CodeWorld.Lexing;

namespace CodeWorld.Audit;

/// <summary>
/// Picks the labelled characters of a split's windows, deterministically from a seed. Only positions with a full
/// window qualify: at least <see cref="CodeWindow.Length"/> − 1 characters before them and one after.
/// </summary>
/// <remarks>
/// Sampling is stratified. One stratum is any qualifying position; each concept marked
/// <see cref="CodeConcept.Stratified"/> (all but indentation) has a stratum of positions where it holds, so that rare
/// concepts get enough positives. Within a stratum a draw picks a document
/// uniformly (not by length), then a position of it, so positives spread over many files: a claim's held-out interval
/// counts files, not characters, as the independent units, and needs 20 files per class. Positives and negatives are
/// therefore not in the corpus's proportions; AUROC does not depend on them, but base rates in reports are the
/// sample's, not the corpus's. A position drawn twice is kept once.
/// </remarks>
public static class WindowSampler
{
    // Tries per document before a draw moves on to another document (a file may hold no position of a stratum).
    private const int TriesPerDocument = 64;

    // Draws per wanted window before a stratum gives up (a split without the concept anywhere).
    private const int DrawsPerWindow = 50;

    /// <summary>The positions of about <paramref name="perStratum"/> windows per stratum, sorted by document and position.</summary>
    /// <param name="documents">The split's files, lexed.</param>
    /// <param name="perStratum">Windows wanted per stratum (fewer when a stratum has too few distinct positions).</param>
    /// <param name="seed">The seed of every draw.</param>
    public static IReadOnlyList<WindowPosition> Sample(IReadOnlyList<LexedText> documents, int perStratum, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentOutOfRangeException.ThrowIfNegative(perStratum);
        int[] usable = [.. Enumerable.Range(0, documents.Count).Where(d => documents[d].Length >= CodeWindow.EncodedLength)];
        var taken = new HashSet<WindowPosition>();
        if (usable.Length == 0)
        {
            return [];
        }

        var strata = new List<(string Name, Func<LexedText, int, bool>? Holds)> { ("any", null) };
        strata.AddRange(CodeConcepts.All.Where(c => c.Stratified).Select(c => (c.Name, (Func<LexedText, int, bool>?)c.IsPresent)));
        foreach ((string name, Func<LexedText, int, bool>? holds) in strata)
        {
            // One stream per stratum: adding a stratum leaves the others' draws as they were.
            var random = new SeededRandom(SeededRandom.Derive(seed, "code-windows-" + name));
            int added = 0;
            for (int draw = 0; draw < perStratum * DrawsPerWindow && added < perStratum; draw++)
            {
                int document = usable[random.NextInt(usable.Length)];
                LexedText lexed = documents[document];
                for (int attempt = 0; attempt < TriesPerDocument; attempt++)
                {
                    // Labelled positions run from Length − 1 (a full window) to Length − 2 of the text (a next character).
                    int position = random.NextInt(CodeWindow.Length - 1, lexed.Length - 1);
                    if (holds is null || holds(lexed, position))
                    {
                        if (taken.Add(new WindowPosition(document, position)))
                        {
                            added++;
                        }

                        break;
                    }
                }
            }
        }

        return [.. taken.OrderBy(w => w.Document).ThenBy(w => w.Position)];
    }
}
