using System.Reflection;

namespace StripesWorld.Model;

/// <summary>
/// Saving and loading the network's weights (TorchSharp's <c>save</c> format). The committed weights
/// (<c>examples/StripesWorld/Weights/stripes-net.dat</c>) are embedded in this assembly, so every project that
/// references the world carries them without copy rules.
/// </summary>
public static class StripesWeights
{
    /// <summary>The committed weights file, relative to the repository root.</summary>
    public const string CommittedPath = "examples/StripesWorld/Weights/stripes-net.dat";

    /// <summary>The command that retrains the network and overwrites the committed weights.</summary>
    public const string RegenerateCommand = "dotnet run --project examples/StripesWorld.Train -c Release";

    private const string ResourceName = "StripesWorld.Weights.stripes-net.dat";

    /// <summary>Whether this build of the assembly carries the committed weights.</summary>
    public static bool HasCommittedWeights => typeof(StripesWeights).Assembly.GetManifestResourceInfo(ResourceName) is not null;

    /// <summary>The network with the committed weights, in eval mode on the CPU.</summary>
    /// <exception cref="FileNotFoundException">The weights file was missing when this assembly was built.</exception>
    public static StripesNet LoadCommitted()
    {
        Assembly assembly = typeof(StripesWeights).Assembly;
        using Stream stream = assembly.GetManifestResourceStream(ResourceName)
            ?? throw new FileNotFoundException(
                $"The stripes world's weights were not built into {assembly.GetName().Name}: {CommittedPath} was missing at build time. "
                + $"Regenerate it from the repository root with `{RegenerateCommand}`, then rebuild.",
                CommittedPath);
        return Load(stream);
    }

    /// <summary>The network with the weights saved at <paramref name="path"/>, in eval mode on the CPU.</summary>
    public static StripesNet Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"No stripes-world weights at {path}; create them with `{RegenerateCommand}`.", path);
        }

        using FileStream stream = File.OpenRead(path);
        return Load(stream);
    }

    /// <summary>Saves <paramref name="model"/>'s weights to <paramref name="path"/>, creating its folder.</summary>
    public static void Save(StripesNet model, string path)
    {
        ArgumentNullException.ThrowIfNull(model);
        string? folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null)
        {
            Directory.CreateDirectory(folder);
        }

        model.save(path);
    }

    private static StripesNet Load(Stream stream)
    {
        var model = new StripesNet();
        model.load(stream, strict: true);
        model.eval();
        return model;
    }
}
