using ClaimCheck.Torch;
using TorchSharp.Modules;
using static TorchSharp.torch;
using static TorchSharp.torch.nn;

namespace CodeWorld.Model;

/// <summary>
/// The code world's character-level language model: token and learned position embeddings, pre-norm transformer
/// blocks, a final layer norm and a linear head to <see cref="CharVocabulary.Size"/> logits per position.
/// </summary>
/// <remarks>
/// Module paths (what hooks and claims name), for a batch of B sequences of T ≤ Context tokens:
/// <list type="table">
/// <item><term><c>tokens</c>, <c>positions</c></term><description>the embeddings, [B, T, D] and [T, D].</description></item>
/// <item><term><c>blocks.0</c>, <c>blocks.1</c>, ...</term><description>[B, T, D]: the residual stream after each block.</description></item>
/// <item><term><c>blocks.L.mlp.act</c></term><description>[B, T, 4D]: block L's MLP neurons after GELU.</description></item>
/// <item><term><c>blocks.L.attn</c>, <c>blocks.L.mlp</c></term><description>[B, T, D]: what the block's attention and MLP add to the stream.</description></item>
/// <item><term><c>norm</c>, <c>head</c></term><description>[B, T, D] and [B, T, vocabulary]: the final norm and the logits.</description></item>
/// </list>
/// Every child is called with <c>call</c>, so forward hooks fire on all of them.
/// </remarks>
public sealed class CodeTransformer : Module<Tensor, Tensor>
{
    /// <summary>The path of block <paramref name="layer"/>'s output: the residual stream after it.</summary>
    public static string BlockPath(int layer) => $"blocks.{layer}";

    /// <summary>The path of block <paramref name="layer"/>'s MLP neurons (after the activation).</summary>
    public static string MlpNeuronsPath(int layer) => $"blocks.{layer}.mlp.act";

    /// <summary>The path of the logits.</summary>
    public const string HeadPath = "head";

#pragma warning disable IDE1006 // Field names are the module paths.
    private readonly Embedding tokens;
    private readonly Embedding positions;
    private readonly ModuleList<TransformerBlock> blocks;
    private readonly LayerNorm norm;
    private readonly Linear head;
#pragma warning restore IDE1006

    /// <summary>Creates the model with fresh weights (seed <c>torch.manual_seed</c> first for reproducible ones).</summary>
    public CodeTransformer(ModelShape shape)
        : base(nameof(CodeTransformer))
    {
        ArgumentNullException.ThrowIfNull(shape);
        Shape = shape;
        tokens = Embedding(CharVocabulary.Size, shape.Width);
        positions = Embedding(shape.Context, shape.Width);
        blocks = ModuleList([.. Enumerable.Range(0, shape.Layers).Select(_ => new TransformerBlock(shape))]);
        norm = LayerNorm(shape.Width);
        head = Linear(shape.Width, CharVocabulary.Size);
        using (no_grad())
        {
            // Small embeddings (GPT-2's 0.02), so the residual stream starts near zero and the blocks shape it.
            init.normal_(tokens.weight!, 0, 0.02);
            init.normal_(positions.weight!, 0, 0.02);
        }

        RegisterComponents();
    }

    /// <summary>The model's size.</summary>
    public ModelShape Shape { get; }

    /// <summary>Logits [B, T, vocabulary] for tokens [B, T] (int64, T at most the context).</summary>
    public override Tensor forward(Tensor input)
    {
        long time = input.shape[1];
        if (time > Shape.Context)
        {
            throw new ArgumentException($"{time} positions exceed the model's context of {Shape.Context}", nameof(input));
        }

        using var scope = NewDisposeScope();
        using Tensor steps = tensor(Enumerable.Range(0, (int)time).Select(t => (long)t).ToArray(), device: input.device);
        Tensor stream = tokens.call(input).add(positions.call(steps), TorchScalars.One);
        foreach (TransformerBlock block in blocks)
        {
            stream = block.call(stream);
        }

        return head.call(norm.call(stream)).MoveToOuterDisposeScope();
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            tokens.Dispose();
            positions.Dispose();
            blocks.Dispose();
            norm.Dispose();
            head.Dispose();
        }

        base.Dispose(disposing);
    }
}
