using System.Globalization;
using CodeWorld.Corpus;
using CodeWorld.Model;

namespace CodeWorld.Evaluation;

/// <summary>Bits per character of the model and of the unigram baseline on the same windows of one split.</summary>
/// <param name="Split">The split.</param>
/// <param name="Windows">Windows measured (each predicts context characters).</param>
/// <param name="Model">The model's mean bits per character.</param>
/// <param name="Unigram">The unigram baseline's (fitted on the training split) on the same characters.</param>
public sealed record SplitBits(CodeSplit Split, int Windows, double Model, double Unigram)
{
    /// <summary>Windows per split in the reported figures (and the tests): 256 windows of 128 characters, 32,768 predictions.</summary>
    public const int ReportedWindows = 256;

    /// <summary>Measures <paramref name="model"/> and the unigram baseline on <paramref name="windows"/> evenly spread windows of each split.</summary>
    public static IReadOnlyList<SplitBits> Measure(CodeTransformer model, CodeCorpus corpus, int windows = ReportedWindows)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(corpus);
        int context = model.Shape.Context;
        var unigram = new UnigramModel(SplitTokens.Of(corpus, CodeSplit.Training), CharVocabulary.Size);
        var rows = new List<SplitBits>();
        foreach (CodeSplit split in Enum.GetValues<CodeSplit>())
        {
            byte[] tokens = SplitTokens.Of(corpus, split);
            int[] starts = SplitTokens.WindowStarts(tokens.Length, context, windows);
            rows.Add(new SplitBits(split, starts.Length, ModelBitsPerCharacter.Of(model, tokens, starts), unigram.BitsPerCharacter(tokens, starts, context)));
        }

        return rows;
    }

    /// <summary>One line of the training log: <c>split: model X bits per character, unigram Y (N windows)</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Split}: model {Model:0.0000} bits per character, unigram {Unigram:0.0000} ({Windows} windows)");
}
