using CodeWorld.Audit;

namespace CodeWorld.Edits;

/// <summary>A window edit cases may start from, with where it came from and whether the concept holds at its labelled character.</summary>
/// <param name="Window">The window.</param>
/// <param name="Description">Where it came from and its text, e.g. "window 12 of held-out (ast.py) «...»".</param>
/// <param name="HasConcept">Whether the concept holds at its labelled character (lexed alone, which agrees with its file's label).</param>
public sealed record CodeBase(CodeWindow Window, string Description, bool HasConcept);
