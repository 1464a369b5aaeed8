namespace CodeWorld.Corpus;

/// <summary>One file of the corpus, read and checked against the manifest: the unit of splitting.</summary>
/// <param name="Path">The absolute path of the file.</param>
/// <param name="Package">The Debian package that installs it.</param>
/// <param name="Split">The split it belongs to (<see cref="SplitAssignment"/>).</param>
/// <param name="Text">Its content, decoded as UTF-8.</param>
public sealed record CodeDocument(string Path, string Package, CodeSplit Split, string Text);
