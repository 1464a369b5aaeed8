using System.Globalization;
using ClaimCheck.Diagnostics;

namespace ClaimCheck.Dictionaries;

/// <summary>How a sparse autoencoder is trained. Immutable; change it with <c>with</c>.</summary>
/// <example>
/// <code>
/// var settings = SaeTrainingSettings.Default with { Latents = 16, L1Coefficient = 0.1, Seed = 7 };
/// </code>
/// </example>
public sealed record SaeTrainingSettings
{
    /// <summary>Defaults for a small layer (see each setting).</summary>
    public static SaeTrainingSettings Default { get; } = new();

    /// <summary>The dictionary's size (latents).</summary>
    public int Latents { get; init; } = 16;

    /// <summary>λ, the weight of the L1 penalty on latent activations against the normalised squared error.</summary>
    public double L1Coefficient { get; init; } = 0.05;

    /// <summary>Passes over the training activations.</summary>
    public int Epochs { get; init; } = 40;

    /// <summary>Examples per optimiser step.</summary>
    public int BatchSize { get; init; } = 256;

    /// <summary>Adam's learning rate.</summary>
    public double LearningRate { get; init; } = 1e-3;

    /// <summary>The seed of the initial weights and of the example order in each epoch.</summary>
    public ulong Seed { get; init; } = 0x5AE0_0000_0000_0001UL;

    /// <summary>Throws CLM4101 for a setting out of its range.</summary>
    public void Validate()
    {
        Require(Latents is >= 1 and <= 1 << 16, nameof(Latents), Latents, "1 to 65536");
        Require(double.IsFinite(L1Coefficient) && L1Coefficient >= 0, nameof(L1Coefficient), L1Coefficient, "a finite value ≥ 0");
        Require(Epochs >= 1, nameof(Epochs), Epochs, "at least 1");
        Require(BatchSize >= 1, nameof(BatchSize), BatchSize, "at least 1");
        Require(double.IsFinite(LearningRate) && LearningRate > 0, nameof(LearningRate), LearningRate, "a finite value > 0");
    }

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"latents {Latents}, L1 {L1Coefficient}, epochs {Epochs}, batch {BatchSize}, learning rate {LearningRate}, seed 0x{Seed:X16}");

    private static void Require(bool valid, string name, object value, string range)
    {
        if (!valid)
        {
            throw new ClaimCheckException(DiagnosticIds.SettingOutOfRange,
                string.Create(CultureInfo.InvariantCulture, $"sparse-autoencoder setting {name} = {value} is out of range: it must be {range}"));
        }
    }
}
