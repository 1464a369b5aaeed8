using System.Globalization;

namespace CodeWorld.Model;

/// <summary>The transformer's size. <see cref="Default"/> is the committed model's.</summary>
/// <param name="Layers">Transformer blocks.</param>
/// <param name="Width">d_model: the width of the residual stream.</param>
/// <param name="Heads">Attention heads per block (Width must be a multiple).</param>
/// <param name="Context">Positions the model sees at once (learned position embeddings).</param>
public sealed record ModelShape(int Layers, int Width, int Heads, int Context)
{
    /// <summary>The committed model: 2 blocks, d_model 128, 4 heads, MLP 4×, context 128.</summary>
    public static ModelShape Default { get; } = new(Layers: 2, Width: 128, Heads: 4, Context: 128);

    /// <summary>Units of each block's MLP (4 × <see cref="Width"/>).</summary>
    public int MlpUnits => 4 * Width;

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Layers} blocks, d_model {Width}, {Heads} heads, MLP {MlpUnits}, context {Context}, vocabulary {CharVocabulary.Size}");
}
