using ClaimCheck.Capture.Disk;
using NUnit.Framework;

/// <summary>
/// Points the activation store on disk at a fresh folder for this test process, deleted at the end: the tests run with
/// the disk tier on, as users' runs do, without reading the user's cache or leaving entries in it, and two test
/// processes never share entries. <c>CLAIMCHECK_ACTIVATION_CACHE=off</c> runs them with the tier off instead.
/// </summary>
[SetUpFixture]
public sealed class ActivationCacheSetUp
{
    private string? _folder;

    [OneTimeSetUp]
    public void PointAtAFreshFolder()
    {
        if (string.Equals(Environment.GetEnvironmentVariable(ActivationCacheSetting.EnvironmentVariable), ActivationCacheSetting.Off, StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        _folder = Path.Combine(Path.GetTempPath(), "claimcheck-tests", "activations-" + Guid.NewGuid().ToString("N"));
        Environment.SetEnvironmentVariable(ActivationCacheSetting.EnvironmentVariable, _folder);
    }

    [OneTimeTearDown]
    public void DeleteTheFolder()
    {
        if (_folder is not null && Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
