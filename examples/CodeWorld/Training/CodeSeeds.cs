namespace CodeWorld.Training;

/// <summary>The seeds of the code world's training: fixed, so training is reproducible.</summary>
public static class CodeSeeds
{
    /// <summary><c>torch.manual_seed</c> before the model is created: its initial weights.</summary>
    public const long TorchInitialisation = 20_261_206;

    /// <summary>The <see cref="ClaimCheck.Statistics.SeededRandom"/> that draws the training windows, step by step.</summary>
    public const ulong Windows = 0xC0DE_3011_0000_0001;
}
