using System.Reflection;

namespace FashionMnist.Train;

/// <summary>Where the committed weights live in the source tree (recorded by the build, see the csproj).</summary>
internal static class WeightsLocation
{
    public static string WeightsPath { get; } =
        typeof(WeightsLocation).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "FashionWeightsPath").Value
        ?? throw new InvalidOperationException("the build did not record the weights path");

    /// <summary>The training log written beside the weights.</summary>
    public static string SummaryPath => Path.ChangeExtension(WeightsPath, ".training.txt");
}
