using ClaimCheck.Torch;
using TorchSharp.Modules;
using static TorchSharp.torch;
using static TorchSharp.torch.nn;

namespace CodeWorld.Model;

/// <summary>
/// A pre-norm transformer block: x + attn(ln1(x)), then + mlp(ln2(x)). Its output is the residual stream after the
/// block. Children (paths relative to the block): <c>ln1</c>, <c>attn</c>, <c>ln2</c>, <c>mlp</c> with <c>mlp.up</c>
/// (pre-activation), <c>mlp.act</c> (the MLP neurons, after GELU) and <c>mlp.down</c>.
/// </summary>
public sealed class TransformerBlock : Module<Tensor, Tensor>
{
#pragma warning disable IDE1006 // Field names are the module paths.
    private readonly LayerNorm ln1;
    private readonly CausalSelfAttention attn;
    private readonly LayerNorm ln2;
    private readonly Sequential mlp;
#pragma warning restore IDE1006

    /// <summary>Creates a block of the given shape.</summary>
    public TransformerBlock(ModelShape shape)
        : base(nameof(TransformerBlock))
    {
        ArgumentNullException.ThrowIfNull(shape);
        ln1 = LayerNorm(shape.Width);
        attn = new CausalSelfAttention(shape.Width, shape.Heads);
        ln2 = LayerNorm(shape.Width);
        mlp = Sequential(("up", Linear(shape.Width, shape.MlpUnits)), ("act", GELU()), ("down", Linear(shape.MlpUnits, shape.Width)));
        RegisterComponents();
    }

    /// <summary>[B, T, D] to [B, T, D]: the residual stream after this block.</summary>
    public override Tensor forward(Tensor input)
    {
        using var scope = NewDisposeScope();
        Tensor afterAttention = input.add(attn.call(ln1.call(input)), TorchScalars.One);
        return afterAttention.add(mlp.call(ln2.call(afterAttention)), TorchScalars.One).MoveToOuterDisposeScope();
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            ln1.Dispose();
            attn.Dispose();
            ln2.Dispose();
            mlp.Dispose();
        }

        base.Dispose(disposing);
    }
}
