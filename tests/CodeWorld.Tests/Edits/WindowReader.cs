using CodeWorld.Audit;
using CodeWorld.Model;
using TorchSharp;
using static TorchSharp.torch;

namespace CodeWorld.Tests.Edits;

/// <summary>
/// The code transformer reading encoded windows: [B, 65] floats in, the first 64 as tokens, logits out. Its forward
/// opens no dispose scope of its own, so the caller's scope owns what a capture hook on <see cref="Logits"/> keeps.
/// </summary>
internal sealed class WindowReader : nn.Module<Tensor, Tensor>
{
    /// <summary>The hook path of the transformer's output: next-character logits [B, 64, 97].</summary>
    public const string Logits = "transformer";

#pragma warning disable IDE0044 // RegisterComponents finds modules by field
    private CodeTransformer transformer;
#pragma warning restore IDE0044

    public WindowReader(CodeTransformer transformer)
        : base(nameof(WindowReader))
    {
        this.transformer = transformer;
        RegisterComponents();
    }

    public override Tensor forward(Tensor input)
    {
        using Tensor context = input.narrow(1, 0, CodeWindow.Length);
        using Tensor tokens = context.to_type(ScalarType.Int64);
        return transformer.call(tokens);
    }
}
