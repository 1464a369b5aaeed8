using ClaimCheck.Capture.Disk;
using NUnit.Framework;

namespace ClaimCheck.Tests.Capture;

/// <summary>Where the store on disk lives: one environment variable, <c>off</c>, or the user's cache folder.</summary>
public class ActivationCacheSettingTests
{
    private static readonly string WorkingDirectory = Path.Combine(Path.GetTempPath(), "work");

    private static string? Folder(params (string Name, string Value)[] variables) =>
        ActivationCacheSetting.Folder(name => variables.FirstOrDefault(v => v.Name == name).Value, WorkingDirectory);

    [TestCase("off")]
    [TestCase("OFF")]
    [TestCase(" off ")]
    public void Off_turns_the_store_on_disk_off(string value)
    {
        Assert.That(Folder(("CLAIMCHECK_ACTIVATION_CACHE", value)), Is.Null);
    }

    [Test]
    public void A_relative_folder_is_read_from_the_working_directory()
    {
        Assert.That(Folder(("CLAIMCHECK_ACTIVATION_CACHE", "cache/acts")), Is.EqualTo(Path.Combine(WorkingDirectory, "cache", "acts")));
    }

    [Test]
    public void Unset_or_empty_means_the_users_cache_folder()
    {
        Assume.That(OperatingSystem.IsWindows(), Is.False, "Windows reads LOCALAPPDATA");
        string expected = Path.Combine("/home/me/.cache", "claimcheck", "activations");

        Assert.That(Folder(("HOME", "/home/me")), Is.EqualTo(expected));
        Assert.That(Folder(("HOME", "/home/me"), ("CLAIMCHECK_ACTIVATION_CACHE", "  ")), Is.EqualTo(expected));
        Assert.That(Folder(("HOME", "/home/me"), ("XDG_CACHE_HOME", "/var/cache/me")), Is.EqualTo(Path.Combine("/var/cache/me", "claimcheck", "activations")));
        Assert.That(Folder(("HOME", "/home/me"), ("XDG_CACHE_HOME", "relative")), Is.EqualTo(expected), "XDG ignores a relative XDG_CACHE_HOME");
        Assert.That(Folder(), Is.EqualTo(Path.Combine(Path.GetTempPath(), "claimcheck", "activations")), "no home at all");
    }
}
