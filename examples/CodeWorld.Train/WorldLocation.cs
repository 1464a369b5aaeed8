using System.Reflection;

namespace CodeWorld.Train;

/// <summary>Where the world's committed files live in the source tree (recorded by the build, see the csproj).</summary>
internal static class WorldLocation
{
    private static string Folder { get; } =
        typeof(WorldLocation).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "CodeWorldFolder").Value
        ?? throw new InvalidOperationException("the build did not record the world's folder");

    /// <summary>The committed weights.</summary>
    public static string WeightsPath => Path.Combine(Folder, "Weights", "code-transformer.dat");

    /// <summary>The committed corpus manifest.</summary>
    public static string ManifestPath => Path.Combine(Folder, "Corpus", "corpus-manifest.txt");

    /// <summary>The training log written beside weights at <paramref name="weightsPath"/>.</summary>
    public static string LogPath(string weightsPath) => Path.ChangeExtension(weightsPath, ".training.txt");
}
