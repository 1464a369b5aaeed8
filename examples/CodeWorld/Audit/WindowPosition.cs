namespace CodeWorld.Audit;

/// <summary>Where a window ends: the labelled character <paramref name="Position"/> of document <paramref name="Document"/> (an index into its set's documents).</summary>
/// <param name="Document">The document's index in its <see cref="WindowSet"/>.</param>
/// <param name="Position">The labelled character's index in the document's text.</param>
public readonly record struct WindowPosition(int Document, int Position);
