using CodeWorld.Audit;

namespace CodeWorld.Tests.Edits;

/// <summary>Hand-written code windows: the last 64 characters of a snippet.</summary>
internal static class Windows
{
    public static CodeWindow Tail(string text, char next = '\n') => new(text[^CodeWindow.Length..], next);
}
