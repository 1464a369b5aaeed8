namespace ClaimCheck.Capture.Disk;

/// <summary>
/// Where captured activations are kept between runs: the folder named by the environment variable
/// <c>CLAIMCHECK_ACTIVATION_CACHE</c> (a relative path is read from the current folder), <c>off</c> to keep them in
/// memory only, and by default the user's cache folder: <c>$XDG_CACHE_HOME/claimcheck/activations</c>, else
/// <c>~/.cache/claimcheck/activations</c> (on Windows <c>%LOCALAPPDATA%\claimcheck\activations</c>), outside any
/// repository.
/// </summary>
public static class ActivationCacheSetting
{
    /// <summary>The environment variable that names the folder.</summary>
    public const string EnvironmentVariable = "CLAIMCHECK_ACTIVATION_CACHE";

    /// <summary>The value that turns the store on disk off.</summary>
    public const string Off = "off";

    /// <summary>The folder this process uses, or null when the setting is <c>off</c>.</summary>
    public static string? Folder() => Folder(Environment.GetEnvironmentVariable, Directory.GetCurrentDirectory());

    /// <summary>
    /// The folder the environment <paramref name="variable"/> reads gives, relative paths read against
    /// <paramref name="workingDirectory"/>; null when the setting is <c>off</c>.
    /// </summary>
    public static string? Folder(Func<string, string?> variable, string workingDirectory)
    {
        ArgumentNullException.ThrowIfNull(variable);
        string? value = variable(EnvironmentVariable)?.Trim();
        if (string.Equals(value, Off, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return string.IsNullOrEmpty(value) ? DefaultFolder(variable) : Path.GetFullPath(value, workingDirectory);
    }

    /// <summary>The folder used when the variable is not set.</summary>
    public static string DefaultFolder(Func<string, string?> variable)
    {
        ArgumentNullException.ThrowIfNull(variable);
        string? root = OperatingSystem.IsWindows()
            ? variable("LOCALAPPDATA")
            : Absolute(variable("XDG_CACHE_HOME")) ?? (Absolute(variable("HOME")) is { } home ? Path.Combine(home, ".cache") : null);
        return Path.Combine(root ?? Path.GetTempPath(), "claimcheck", "activations");
    }

    // The XDG rules ignore a relative XDG_CACHE_HOME; a relative HOME means nothing either.
    private static string? Absolute(string? path) => string.IsNullOrWhiteSpace(path) || !Path.IsPathRooted(path) ? null : path;
}
