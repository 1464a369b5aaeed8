using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;
using static TorchSharp.torch.nn;

namespace CodeWorld.Model;

/// <summary>
/// Multi-head causal self-attention: one linear map to queries, keys and values (<c>qkv</c>), scaled dot products with
/// every later position masked out, softmax, and the output projection (<c>proj</c>).
/// </summary>
public sealed class CausalSelfAttention : Module<Tensor, Tensor>
{
    private static readonly Scalar MinusInfinity = double.NegativeInfinity.ToScalar();

    private readonly int _heads;
    private readonly Scalar _scale;

#pragma warning disable IDE1006 // Field names are the module paths.
    private readonly Linear qkv;
    private readonly Linear proj;
#pragma warning restore IDE1006

    /// <summary>Creates the attention of a block of width <paramref name="width"/> with <paramref name="heads"/> heads.</summary>
    public CausalSelfAttention(int width, int heads)
        : base(nameof(CausalSelfAttention))
    {
        if (width % heads != 0)
        {
            throw new ArgumentException($"d_model {width} is not a multiple of {heads} heads", nameof(heads));
        }

        _heads = heads;
        _scale = (1.0 / Math.Sqrt(width / heads)).ToScalar();
        qkv = Linear(width, 3 * width);
        proj = Linear(width, width);
        RegisterComponents();
    }

    /// <summary>[B, T, D] to [B, T, D].</summary>
    public override Tensor forward(Tensor input)
    {
        using var scope = NewDisposeScope();
        long batch = input.shape[0], time = input.shape[1], width = input.shape[2];
        long headWidth = width / _heads;
        Tensor[] parts = qkv.call(input).split(width, dim: 2);
        Tensor q = parts[0].view(batch, time, _heads, headWidth).transpose(1, 2);
        Tensor k = parts[1].view(batch, time, _heads, headWidth).transpose(1, 2);
        Tensor v = parts[2].view(batch, time, _heads, headWidth).transpose(1, 2);
        Tensor scores = q.matmul(k.transpose(-2, -1)).mul_(_scale);
        Tensor future = ones(time, time, dtype: ScalarType.Bool, device: input.device).triu(1);
        Tensor weights = scores.masked_fill(future, MinusInfinity).softmax(-1);
        Tensor mixed = weights.matmul(v).transpose(1, 2).contiguous().view(batch, time, width);
        return proj.call(mixed).MoveToOuterDisposeScope();
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            qkv.Dispose();
            proj.Dispose();
            _scale.Dispose();
        }

        base.Dispose(disposing);
    }
}
