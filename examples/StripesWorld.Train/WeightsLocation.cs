using System.Reflection;

namespace StripesWorld.Train;

/// <summary>Where the committed weights live in the source tree (recorded by the build, see the csproj).</summary>
internal static class WeightsLocation
{
    public static string WeightsPath { get; } =
        typeof(WeightsLocation).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "StripesWeightsPath").Value
        ?? throw new InvalidOperationException("the build did not record the weights path");

    /// <summary>The training summary written beside the weights.</summary>
    public static string SummaryPath => Path.ChangeExtension(WeightsPath, ".training.txt");

    /// <summary>The sparse autoencoder's weights, beside the network's.</summary>
    public static string SaePath => Path.Combine(Path.GetDirectoryName(WeightsPath)!, "stripes-sae.dat");

    /// <summary>The sparse autoencoder's metrics, written beside its weights.</summary>
    public static string SaeMetricsPath => Path.ChangeExtension(SaePath, ".metrics.txt");
}
