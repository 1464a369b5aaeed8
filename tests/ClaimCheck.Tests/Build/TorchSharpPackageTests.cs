using NUnit.Framework;

namespace ClaimCheck.Tests.Build;

/// <summary>The patcher tests find TorchSharp's native library from the build, whatever its version, or fail.</summary>
public class TorchSharpPackageTests
{
    private static string Deps(string version) => $$"""
        {
          "targets": { ".NETCoreApp,Version=v10.0": { "TorchSharp/{{version}}": { "runtimeTargets": {
            "runtimes/osx-arm64/native/libLibTorchSharp.dylib": { "rid": "osx-arm64", "assetType": "native" },
            "runtimes/linux-x64/native/libLibTorchSharp.so": { "rid": "linux-x64", "assetType": "native" } } } } },
          "libraries": { "TorchSharp/{{version}}": { "type": "package", "path": "torchsharp/{{version}}" } }
        }
        """;

    [Test]
    public void The_library_of_the_resolved_version_is_found_under_the_package_root()
    {
        string root = Path.Combine(Path.GetTempPath(), "claimcheck-tests", Guid.NewGuid().ToString("N"));
        string expected = Path.Combine(root, "torchsharp", "9.9.9", "runtimes", "linux-x64", "native", "libLibTorchSharp.so");
        Directory.CreateDirectory(Path.GetDirectoryName(expected)!);
        File.WriteAllBytes(expected, [0x7f]);
        try
        {
            Assert.That(TorchSharpPackage.NativeLibrary(Deps("9.9.9"), root), Is.EqualTo(expected));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Test]
    public void A_library_that_is_not_where_the_build_resolved_it_is_an_error_not_a_skip()
    {
        string root = Path.Combine(Path.GetTempPath(), "claimcheck-tests", Guid.NewGuid().ToString("N"));

        Assert.That(() => TorchSharpPackage.NativeLibrary(Deps("9.9.9"), root),
            Throws.TypeOf<FileNotFoundException>().With.Message.Contains("torchsharp/9.9.9").And.Message.Contains("TorchSharp/9.9.9"));
    }

    [Test]
    public void This_build_resolves_the_version_the_central_package_file_pins()
    {
        string library = TorchSharpPackage.PristineLibrary();
        string pinned = System.Xml.Linq.XDocument.Load(Path.Combine(RepositoryRoot(), "Directory.Packages.props"))
            .Descendants("PackageVersion").Single(e => (string?)e.Attribute("Include") == "TorchSharp").Attribute("Version")!.Value;

        Assert.That(library, Does.Contain(Path.Combine("torchsharp", pinned) + Path.DirectorySeparatorChar));
    }

    private static string RepositoryRoot()
    {
        for (DirectoryInfo? folder = new(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Directory.Packages.props")))
            {
                return folder.FullName;
            }
        }

        throw new DirectoryNotFoundException($"no Directory.Packages.props above {AppContext.BaseDirectory}");
    }
}
