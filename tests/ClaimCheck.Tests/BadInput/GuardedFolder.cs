using System.Security.Cryptography;
using NUnit.Framework;

namespace ClaimCheck.Tests.BadInput;

/// <summary>
/// A snapshot folder holding files a bad run must not touch: the claim's own <c>.verified.json</c>, another claim's,
/// and a file that is no snapshot at all. <see cref="AssertNothingChangedOrLost"/> compares every file's SHA-256 with
/// the one taken at the start; the only files a run may add are <c>*.received.json</c> for review.
/// </summary>
internal sealed class GuardedFolder : IDisposable
{
    public const string VerifiedText = "{\n  \"verdict\": \"Holds\"\n}\n";

    private readonly Dictionary<string, string> _before;

    public GuardedFolder(string claimId, string verifiedText = VerifiedText)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "claimcheck-badinput-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
        System.IO.File.WriteAllText(File(claimId + ".verified.json"), verifiedText);
        System.IO.File.WriteAllText(File("Bystander.Claim.verified.json"), "{\n  \"verdict\": \"Brittle\"\n}\n");
        System.IO.File.WriteAllText(File("notes.md"), "not a snapshot\n");
        _before = Hashes();
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>Every file that was there is there with the same bytes; new files are received snapshots only.</summary>
    public void AssertNothingChangedOrLost()
    {
        Dictionary<string, string> after = Hashes();
        Assert.Multiple(() =>
        {
            foreach ((string name, string hash) in _before)
            {
                Assert.That(after.ContainsKey(name), Is.True, $"{name} was lost");
                Assert.That(after.GetValueOrDefault(name), Is.EqualTo(hash), $"{name} was changed");
            }

            string[] added = after.Keys.Except(_before.Keys).ToArray();
            Assert.That(added, Is.All.EndsWith(".received.json"), "a bad run may only add received snapshots for review");
        });
    }

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }

    private Dictionary<string, string> Hashes() =>
        Directory.EnumerateFiles(Path, "*", SearchOption.AllDirectories).ToDictionary(
            file => System.IO.Path.GetRelativePath(Path, file),
            file => Convert.ToHexStringLower(SHA256.HashData(System.IO.File.ReadAllBytes(file))),
            StringComparer.Ordinal);
}
