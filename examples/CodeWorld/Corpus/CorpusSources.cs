namespace CodeWorld.Corpus;

/// <summary>
/// Where the corpus comes from: two Debian packages and the rule that picks their files. The rule is used only to
/// pin the corpus (<c>CodeWorld.Train manifest</c>); loading reads exactly the files the committed manifest lists.
/// </summary>
public static class CorpusSources
{
    /// <summary>Python's standard library: the training and held-out code base (with <see cref="StdlibMinimalPackage"/>).</summary>
    public const string StdlibPackage = "libpython3.11-stdlib";

    /// <summary>The part of the standard library Python needs to start (abc, codecs, io, os, ...), packaged apart.</summary>
    public const string StdlibMinimalPackage = "libpython3.11-minimal";

    /// <summary>The folder whose top-level <c>*.py</c> files are the standard library's part of the corpus.</summary>
    public const string StdlibFolder = "/usr/lib/python3.11";

    /// <summary>numpy's Python sources: the shifted code base.</summary>
    public const string NumpyPackage = "python3-numpy";

    /// <summary>The folder under which numpy's <c>*.py</c> files (tests excluded) are the shifted part of the corpus.</summary>
    public const string NumpyFolder = "/usr/lib/python3/dist-packages/numpy";

    /// <summary>
    /// Standard-library files left out. Generated or machine-specific files (<c>_sysconfigdata_*</c>), jokes whose
    /// text is not ordinary code (<c>this.py</c> is ROT13), and modules that Debian's security updates of
    /// python3.11 have patched (tarfile, zipfile, tempfile, ipaddress, shutil, ssl, posixpath, ntpath, platform, ...):
    /// the manifest pins exact bytes, and leaving out the files most likely to change keeps it valid across updates.
    /// </summary>
    public static IReadOnlySet<string> ExcludedStdlibFiles { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "_sysconfigdata__linux_x86_64-linux-gnu.py", "_sysconfigdata__x86_64-linux-gnu.py", "_distutils_system_mod.py",
        "sitecustomize.py", "this.py", "antigravity.py", "__hello__.py",
        "tarfile.py", "zipfile.py", "tempfile.py", "ipaddress.py", "shutil.py", "ssl.py", "posixpath.py", "ntpath.py",
        "platform.py", "mailcap.py", "plistlib.py", "gettext.py", "base64.py", "smtplib.py", "imaplib.py", "poplib.py",
        "ftplib.py", "nntplib.py", "telnetlib.py", "socket.py", "subprocess.py", "os.py", "gzip.py", "configparser.py",
        // Changed by the bookworm updates after the pinned 3.11.2-6+deb12u6 (deb12u8: webbrowser; deb12u9: csv,
        // stringprep): without them the manifest holds for u6, u8 and u9 alike.
        "webbrowser.py", "csv.py", "stringprep.py",
    };

    /// <summary>The install command of a package, as a diagnostic shows it.</summary>
    public static string InstallCommand(string package) => $"apt-get install {package}";

    /// <summary>Whether a package's files are the standard library's (training and held out) rather than shifted.</summary>
    public static bool IsStdlib(string package) => package is StdlibPackage or StdlibMinimalPackage;

    /// <summary>
    /// The files the rule picks among those installed now, sorted by path (what <c>manifest</c> pins), each with the
    /// package that installs it (<paramref name="owner"/>: <c>dpkg -S</c>); a standard-library file that no
    /// package owns is left out.
    /// </summary>
    public static IReadOnlyList<(string Path, string Package)> InstalledFiles(Func<string, string?> owner)
    {
        ArgumentNullException.ThrowIfNull(owner);
        var files = new List<(string Path, string Package)>();
        foreach (string path in Directory.EnumerateFiles(StdlibFolder, "*.py", SearchOption.TopDirectoryOnly))
        {
            if (!ExcludedStdlibFiles.Contains(Path.GetFileName(path)) && !IsLink(path) && owner(path) is { } package && IsStdlib(package))
            {
                files.Add((path, package));
            }
        }

        foreach (string path in Directory.EnumerateFiles(NumpyFolder, "*.py", SearchOption.AllDirectories))
        {
            string relative = Path.GetRelativePath(NumpyFolder, path).Replace('\\', '/');
            if (!relative.Split('/').Any(part => part is "tests" or "testing") && !IsLink(path))
            {
                files.Add((path, NumpyPackage));
            }
        }

        return [.. files.OrderBy(f => f.Path, StringComparer.Ordinal)];
    }

    private static bool IsLink(string path) => new FileInfo(path).LinkTarget is not null;
}
