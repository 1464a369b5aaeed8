using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Runtime.Loader;
using ClaimCheck.Diagnostics;

namespace ClaimCheck.Cli.Inputs;

/// <summary>
/// Loads a built claim assembly into this process, so its claims can be read and its audit target built. The
/// assembly goes into the default load context, where ClaimCheck and TorchSharp already are: the claims' attributes
/// and the target's model must be the very types this tool reads. Whatever else the claims need (their audit
/// target's assembly, NUnit, and TorchSharp's native libraries, CPU or CUDA) comes from the claim project's output,
/// through its <c>.deps.json</c>, so the tool ships no native library of its own.
/// </summary>
internal static class ClaimAssemblyLoader
{
    private static readonly ConcurrentDictionary<string, AssemblyDependencyResolver?> Resolvers = new(StringComparer.Ordinal);
    private static readonly Lock HookLock = new();
    private static bool _hooked;

    /// <summary>Loads the assembly at <paramref name="path"/> (or returns it when an assembly of that name is loaded).</summary>
    /// <exception cref="ClaimCheckException">CLM4201 when the file does not exist; CLM4202 when it is not a loadable .NET assembly.</exception>
    public static Assembly Load(string path)
    {
        string full = Path.GetFullPath(path);
        if (!File.Exists(full))
        {
            throw new ClaimCheckException(DiagnosticIds.CliInputNotFound, $"the claim assembly {full} does not exist");
        }

        AssemblyName name;
        try
        {
            name = AssemblyName.GetAssemblyName(full);
        }
        catch (Exception e) when (e is BadImageFormatException or FileLoadException)
        {
            throw new ClaimCheckException(DiagnosticIds.AssemblyNotLoadable, $"{full} is not a .NET assembly: {e.Message}", e);
        }

        Hook();
        Resolvers.GetOrAdd(Path.GetDirectoryName(full)!, _ => ResolverFor(full));
        // One assembly per simple name in a load context: a claim assembly this process already holds is reused.
        Assembly? loaded = AssemblyLoadContext.Default.Assemblies.FirstOrDefault(a =>
            string.Equals(a.GetName().Name, name.Name, StringComparison.OrdinalIgnoreCase));
        if (loaded is not null)
        {
            return loaded;
        }

        try
        {
            return AssemblyLoadContext.Default.LoadFromAssemblyPath(full);
        }
        catch (Exception e) when (e is BadImageFormatException or FileLoadException or FileNotFoundException)
        {
            throw new ClaimCheckException(DiagnosticIds.AssemblyNotLoadable, $"{full} cannot be loaded: {e.Message}", e);
        }
    }

    private static AssemblyDependencyResolver? ResolverFor(string assemblyPath)
    {
        try
        {
            return new AssemblyDependencyResolver(assemblyPath);
        }
        catch (InvalidOperationException)
        {
            // No usable .deps.json: the folder itself is still probed below.
            return null;
        }
    }

    private static void Hook()
    {
        lock (HookLock)
        {
            if (_hooked)
            {
                return;
            }

            AssemblyLoadContext.Default.Resolving += (context, name) =>
                ManagedPath(name) is { } found ? context.LoadFromAssemblyPath(found) : null;
            AssemblyLoadContext.Default.ResolvingUnmanagedDll += (_, library) =>
                NativePath(library) is { } found ? NativeLibrary.Load(found) : IntPtr.Zero;
            _hooked = true;
        }
    }

    private static string? ManagedPath(AssemblyName name)
    {
        foreach ((string folder, AssemblyDependencyResolver? resolver) in Resolvers)
        {
            string? path = resolver?.ResolveAssemblyToPath(name);
            if (path is null && name.Name is { } simple && File.Exists(Path.Combine(folder, simple + ".dll")))
            {
                path = Path.Combine(folder, simple + ".dll");
            }

            if (path is not null)
            {
                return path;
            }
        }

        return null;
    }

    private static string? NativePath(string library)
    {
        foreach ((string folder, AssemblyDependencyResolver? resolver) in Resolvers)
        {
            if (resolver?.ResolveUnmanagedDllToPath(library) is { } path)
            {
                return path;
            }

            // Without a .deps.json, look where a build puts native assets: beside the assembly or under runtimes/<rid>/native.
            foreach (string candidate in NativeFileNames(library))
            {
                foreach (string place in new[] { folder, Path.Combine(folder, "runtimes", RuntimeInformation.RuntimeIdentifier, "native") })
                {
                    string file = Path.Combine(place, candidate);
                    if (File.Exists(file))
                    {
                        return file;
                    }
                }
            }
        }

        return null;
    }

    private static IEnumerable<string> NativeFileNames(string library)
    {
        yield return library;
        if (OperatingSystem.IsWindows())
        {
            yield return library + ".dll";
        }
        else
        {
            string extension = OperatingSystem.IsMacOS() ? ".dylib" : ".so";
            yield return library + extension;
            yield return "lib" + library + extension;
        }
    }
}
