using CodeWorld.Model;
using static TorchSharp.torch;
using static TorchSharp.torch.nn;

namespace CodeWorld.Audit;

/// <summary>
/// The transformer as an audit target's model: it reads encoded <see cref="CodeWindow"/>s, [B, 65] floats, runs the
/// <see cref="CodeTransformer"/> on the first 64 tokens and returns [B, V + 1]: the log-softmax of the last position's
/// logits over the <see cref="CharVocabulary.Size"/> = V tokens, then, as column V, the log-probability of the true next
/// character (the window's column 64).
/// </summary>
/// <remarks>
/// The transformer's own children are registered here under their own names, so claims name layers exactly as on the
/// transformer (<c>blocks.1.mlp.act</c>, <c>blocks.0</c>, <c>head</c>): the paths of
/// <see cref="CodeTransformer.MlpNeuronsPath"/> and <see cref="CodeTransformer.BlockPath"/> hold on the wrapper too.
/// The wrapper owns the transformer and disposes it.
/// </remarks>
public sealed class NextCharModel : Module<Tensor, Tensor>
{
    /// <summary>The output column that holds the true next character's log-probability.</summary>
    public const int TrueNextColumn = CharVocabulary.Size;

    private readonly CodeTransformer _transformer;

    /// <summary>Wraps <paramref name="transformer"/>, which the wrapper then owns.</summary>
    public NextCharModel(CodeTransformer transformer)
        : base(nameof(NextCharModel))
    {
        ArgumentNullException.ThrowIfNull(transformer);
        _transformer = transformer;
        // Not RegisterComponents: that would register the transformer itself and put "transformer." before every path.
        foreach ((string name, nn.Module child) in transformer.named_children())
        {
            register_module(name, child);
        }
    }

    /// <summary>The wrapped transformer.</summary>
    public CodeTransformer Transformer => _transformer;

    /// <summary>[B, V + 1] for encoded windows [B, 65]: the last position's log-probabilities, then the true next character's.</summary>
    public override Tensor forward(Tensor input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.dim() != 2 || input.shape[1] != CodeWindow.EncodedLength)
        {
            throw new ArgumentException(
                $"the code world's model reads encoded windows [batch, {CodeWindow.EncodedLength}], not [{string.Join(", ", input.shape)}]", nameof(input));
        }

        using var scope = NewDisposeScope();
        Tensor tokens = input.narrow(1, 0, CodeWindow.Length).to_type(ScalarType.Int64);
        Tensor next = input.narrow(1, CodeWindow.Length, 1).to_type(ScalarType.Int64);
        Tensor logits = _transformer.call(tokens);
        Tensor last = logits.select(1, CodeWindow.Length - 1);
        Tensor logProbabilities = functional.log_softmax(last, 1);
        Tensor trueNext = logProbabilities.gather(1, next);
        return cat([logProbabilities, trueNext], 1).MoveToOuterDisposeScope();
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _transformer.Dispose();
        }

        base.Dispose(disposing);
    }
}
