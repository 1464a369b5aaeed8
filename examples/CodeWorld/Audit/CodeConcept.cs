using CodeWorld.Lexing;

namespace CodeWorld.Audit;

/// <summary>
/// A token-level concept of the code world: a property of one character of a file, read exactly from the lexer's
/// labels of the whole file (so a string that opened before a window starts still counts inside it).
/// </summary>
/// <param name="Name">The name claims use, e.g. <c>in-string</c>.</param>
/// <param name="Description">What it is, in words, for reports.</param>
/// <param name="IsPresent">Whether the concept holds at a position of a lexed file.</param>
/// <param name="Stratified">Whether window sampling draws a stratum of positions where it holds (rare concepts).</param>
public sealed record CodeConcept(string Name, string Description, Func<LexedText, int, bool> IsPresent, bool Stratified);
