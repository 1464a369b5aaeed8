namespace CodeWorld.Corpus;

/// <summary>One pinned file of the corpus: where it is, which package installs it, its size and its SHA-256.</summary>
/// <param name="Path">The absolute path the package installs the file at.</param>
/// <param name="Package">The Debian package that installs it.</param>
/// <param name="Size">Its size in bytes.</param>
/// <param name="Sha256">Its SHA-256, 64 lower-case hex digits.</param>
public sealed record ManifestEntry(string Path, string Package, long Size, string Sha256);
