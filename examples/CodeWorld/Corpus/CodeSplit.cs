namespace CodeWorld.Corpus;

/// <summary>The three splits of the corpus. A file (a document) belongs to exactly one.</summary>
public enum CodeSplit
{
    /// <summary>Files of Python's standard library the model is trained on (about four in five).</summary>
    Training,

    /// <summary>Other files of the same standard library, never trained on (about one in five).</summary>
    HeldOut,

    /// <summary>Files of another code base (numpy's Python sources): the same language, another project's habits.</summary>
    Shifted,
}
