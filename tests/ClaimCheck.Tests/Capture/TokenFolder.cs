namespace ClaimCheck.Tests.Capture;

/// <summary>A fresh folder for one test's token capture files, deleted on dispose.</summary>
internal sealed class TokenFolder : IDisposable
{
    public TokenFolder() =>
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "claimcheck-tests", "tokens-" + Guid.NewGuid().ToString("N"));

    public string Path { get; }

    /// <summary>The names of the files in the folder, sorted (none when it was never created).</summary>
    public string[] Files =>
        Directory.Exists(Path) ? [.. Directory.EnumerateFiles(Path).Select(f => System.IO.Path.GetFileName(f)).Order(StringComparer.Ordinal)] : [];

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
