using System.Reflection;
using System.Text.Json;

namespace ClaimCheck.Tests.Build;

/// <summary>
/// The TorchSharp package this build resolved, found from the build's own records rather than a version written into
/// the tests: the package folder and native asset from this assembly's <c>.deps.json</c>, the package root from the
/// <c>NuGetPackageRoot</c> restore used (compiled into this assembly). After a TorchSharp upgrade the tests read the new
/// package; a library that is not there throws, so the tests fail instead of skipping.
/// </summary>
internal static class TorchSharpPackage
{
    private const string NativeLibraryName = "libLibTorchSharp.so";

    /// <summary>The native library as shipped in the package (the build output holds the possibly patched copy).</summary>
    public static string PristineLibrary()
    {
        Assembly tests = typeof(TorchSharpPackage).Assembly;
        string depsFile = Path.Combine(AppContext.BaseDirectory, tests.GetName().Name + ".deps.json");
        string packageRoot = tests.GetCustomAttributes<AssemblyMetadataAttribute>().SingleOrDefault(a => a.Key == "NuGetPackageRoot")?.Value
            ?? throw new InvalidOperationException("the test assembly does not record the NuGetPackageRoot its restore used");
        return NativeLibrary(File.ReadAllText(depsFile), packageRoot);
    }

    /// <summary>
    /// The linux-x64 native library of the TorchSharp package that <paramref name="depsJson"/> (a <c>.deps.json</c>)
    /// resolved, under <paramref name="packageRoot"/>, e.g.
    /// <c>{root}/torchsharp/0.107.0/runtimes/linux-x64/native/libLibTorchSharp.so</c>.
    /// </summary>
    /// <exception cref="InvalidDataException">The file names no TorchSharp package or no linux-x64 native library of it.</exception>
    /// <exception cref="FileNotFoundException">The library is not where the build resolved it.</exception>
    public static string NativeLibrary(string depsJson, string packageRoot)
    {
        using JsonDocument deps = JsonDocument.Parse(depsJson);
        JsonProperty library = deps.RootElement.GetProperty("libraries").EnumerateObject()
            .SingleOrDefault(p => p.Name.StartsWith("TorchSharp/", StringComparison.Ordinal));
        if (library.Value.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidDataException("the .deps.json names no TorchSharp package");
        }

        string packageFolder = library.Value.GetProperty("path").GetString()!;
        string asset = deps.RootElement.GetProperty("targets").EnumerateObject()
            .Select(target => target.Value.TryGetProperty(library.Name, out JsonElement entry) && entry.TryGetProperty("runtimeTargets", out JsonElement assets) ? assets : default)
            .Where(assets => assets.ValueKind == JsonValueKind.Object)
            .SelectMany(assets => assets.EnumerateObject())
            .Where(a => a.Value.TryGetProperty("rid", out JsonElement rid) && rid.GetString() == "linux-x64" && Path.GetFileName(a.Name) == NativeLibraryName)
            .Select(a => a.Name)
            .FirstOrDefault()
            ?? throw new InvalidDataException($"the .deps.json lists no linux-x64 {NativeLibraryName} for {library.Name}");

        string path = Path.Combine(packageRoot, packageFolder, asset);
        return File.Exists(path)
            ? path
            : throw new FileNotFoundException($"no pristine TorchSharp native library at {path}, where this build resolved {library.Name}", path);
    }
}
