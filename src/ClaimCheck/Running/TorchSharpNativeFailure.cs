namespace ClaimCheck.Running;

/// <summary>
/// Explains a target that could not be built because TorchSharp's native library did not load. TorchSharp's managed
/// package carries no native code: a claim project must reference a native backend (TorchSharp-cpu, or a CUDA one),
/// and without it the first tensor throws a DllNotFoundException listing every path the loader tried, which names
/// neither the cause nor the fix.
/// </summary>
internal static class TorchSharpNativeFailure
{
    private const string NativeLibrary = "LibTorchSharp";

    /// <summary>
    /// What to tell the user when <paramref name="failure"/> is TorchSharp's native library failing to load; null when
    /// it is anything else.
    /// </summary>
    /// <param name="failure">What building the target threw, with its inner exceptions.</param>
    /// <param name="outputFolder">The folder of the assembly that declares the target, where the library should be.</param>
    internal static string? Explain(Exception failure, string outputFolder)
    {
        // The loader's DllNotFoundException, or the NotSupportedException TorchSharp throws once it has also failed to
        // assemble the libraries from the NuGet cache (its message suggests the backend packages itself).
        Exception? notLoaded = Chain(failure).FirstOrDefault(e =>
            (e is DllNotFoundException && e.Message.Contains(NativeLibrary, StringComparison.Ordinal))
            || (e is NotSupportedException && e.Message.Contains("TorchSharp-cpu", StringComparison.Ordinal)));
        if (notLoaded is null)
        {
            return null;
        }

        if (!HasBackend(outputFolder))
        {
            return $"TorchSharp's native library ({NativeLibrary}) could not load libtorch, which is not in {outputFolder}: the claim project "
                + $"references no TorchSharp native backend. Add a PackageReference to TorchSharp-cpu (or TorchSharp-cuda-linux / "
                + $"TorchSharp-cuda-windows for a GPU), version {TorchSharpVersion()}, the TorchSharp ClaimCheck is built with";
        }

        // The library is there but the loader refused it (a missing dependency, a libstdc++ too old): its own line says why.
        string reason = notLoaded.Message.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .FirstOrDefault(line => line.Contains(NativeLibrary, StringComparison.OrdinalIgnoreCase) && !line.Contains("No such file", StringComparison.Ordinal)
                && !line.StartsWith("Unable to load", StringComparison.Ordinal))
            ?? notLoaded.Message.Split('\n')[0].Split(". ")[0];
        return $"TorchSharp's native libraries are in {outputFolder} but did not load: {reason}";
    }

    private static IEnumerable<Exception> Chain(Exception e)
    {
        for (Exception? current = e; current is not null; current = current.InnerException)
        {
            yield return current;
        }
    }

    // libtorch itself, which only a backend package (TorchSharp-cpu, TorchSharp-cuda-*) brings: the TorchSharp package
    // alone already puts libLibTorchSharp in the output, which then fails to load for want of it.
    private static readonly string[] BackendLibraries = ["libtorch", "torch", "libtorch_cpu", "torch_cpu"];

    // Where a build puts the libraries: beside the assembly (a build for one runtime) or under runtimes/<rid>/native. Not
    // elsewhere: TorchSharp's own fallback copies unpatched libraries from the NuGet cache into a cpu/ folder there.
    private static bool HasBackend(string folder)
    {
        string runtimes = Path.Combine(folder, "runtimes");
        IEnumerable<string> candidates = Directory.Exists(folder) ? Directory.EnumerateFiles(folder) : [];
        if (Directory.Exists(runtimes))
        {
            candidates = candidates.Concat(Directory.EnumerateFiles(runtimes, "*", SearchOption.AllDirectories));
        }

        return candidates.Any(path => BackendLibraries.Contains(Path.GetFileNameWithoutExtension(path), StringComparer.Ordinal));
    }

    private static string TorchSharpVersion()
    {
        // The assembly's version is the package's (0.107.0.0 for 0.107.0); reading it does not load the native library.
        Version version = typeof(TorchSharp.torch).Assembly.GetName().Version ?? new Version(0, 0, 0);
        return $"{version.Major}.{version.Minor}.{version.Build}";
    }
}
