using TorchSharp;

namespace ClaimCheck.Targets;

/// <summary>
/// Picks the device once per run: CUDA when TorchSharp sees one, CPU otherwise. <c>CLAIMCHECK_DEVICE=cpu</c> (or
/// <c>cuda</c>, <c>cuda:1</c>) overrides the choice. The device never appears in a snapshot.
/// </summary>
public static class DeviceChoice
{
    /// <summary>The environment variable that overrides the choice.</summary>
    public const string EnvironmentVariable = "CLAIMCHECK_DEVICE";

    private static readonly Lazy<torch.Device> Chosen = new(() => Select(Environment.GetEnvironmentVariable(EnvironmentVariable)));

    /// <summary>The device of this run.</summary>
    public static torch.Device Current => Chosen.Value;

    /// <summary>Chooses a device given an override (null or empty for automatic).</summary>
    public static torch.Device Select(string? requested)
    {
        if (!string.IsNullOrWhiteSpace(requested))
        {
            return new torch.Device(requested.Trim());
        }

        return torch.cuda.is_available() ? torch.CUDA : torch.CPU;
    }
}
