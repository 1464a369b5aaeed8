namespace StripesWorld.Scenes;

/// <summary>
/// The parameters a <see cref="SceneSampler"/> draws scenes from: how often each kind appears and the ranges of the
/// instances' parameters. <see cref="Standard"/> is the world's own distribution (training and the held-out split);
/// <see cref="Shifted"/> renders the same kinds differently for cross-dataset replication.
/// </summary>
/// <param name="Presence">Probability that each kind is present, independently of the others.</param>
/// <param name="MinSize">Smallest patch radius, pixels.</param>
/// <param name="MaxSize">Largest patch radius, pixels.</param>
/// <param name="MinContrast">Lowest peak intensity.</param>
/// <param name="MaxContrast">Highest peak intensity.</param>
/// <param name="MinStripeFrequency">Lowest stripe frequency, cycles per pixel.</param>
/// <param name="MaxStripeFrequency">Highest stripe frequency, cycles per pixel.</param>
/// <param name="MinCheckerFrequency">Lowest checkerboard frequency, cycles per pixel (a cell is half a cycle).</param>
/// <param name="MaxCheckerFrequency">Highest checkerboard frequency, cycles per pixel.</param>
/// <param name="NoiseLevel">Amplitude of the background noise.</param>
public sealed record SceneDistribution(
    double Presence,
    double MinSize,
    double MaxSize,
    double MinContrast,
    double MaxContrast,
    double MinStripeFrequency,
    double MaxStripeFrequency,
    double MinCheckerFrequency,
    double MaxCheckerFrequency,
    double NoiseLevel)
{
    /// <summary>
    /// The world's distribution: each kind present with probability 0.2, so a scene holds 1.6 features on average
    /// and two given kinds meet in only 4% of scenes (sparse, rarely co-occurring: the regime of superposition).
    /// </summary>
    public static SceneDistribution Standard { get; } = new(
        Presence: 0.2,
        MinSize: 5,
        MaxSize: 7,
        MinContrast: 0.6,
        MaxContrast: 1.0,
        MinStripeFrequency: 0.22,
        MaxStripeFrequency: 0.33,
        MinCheckerFrequency: 0.2,
        MaxCheckerFrequency: 0.28,
        NoiseLevel: 0.06);

    /// <summary>
    /// A rendering shift: stripes wider on average (half of them wider than any training stripe), fainter features
    /// and nearly twice the noise. The shift is mild enough that the network still decodes every feature, so a claim
    /// about a real feature replicates here while one that leans on the training look of a feature does not.
    /// </summary>
    public static SceneDistribution Shifted { get; } = Standard with
    {
        MinContrast = 0.5,
        MaxContrast = 0.85,
        MinStripeFrequency = 0.18,
        MaxStripeFrequency = 0.26,
        NoiseLevel = 0.1,
    };
}
