using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace ClaimCheck.Tests.Capture;

/// <summary>
/// A tiny sequence model for the token capture's tests: tokens (int64, or float32 as a split holds them) → "embed" →
/// "proj" → "act" ([batch, sequence, units], units last), and beside it layers that test the capture's checks:
/// "channels" (act with units first), "second" (act again, as a view that starts partway into its storage), "pooled" (act averaged over positions: no sequence axis), "twice" (runs twice per
/// pass), "logs" (log of act: NaN where GELU is negative), "skipped" (never runs). Counts its forward passes.
/// </summary>
internal sealed class TinyTokenModel : nn.Module<Tensor, Tensor>
{
    public const int Vocabulary = 11;
    public const int Units = 6;

#pragma warning disable IDE1006 // Field names are the module paths.
    private readonly Embedding embed;
    private readonly Linear proj;
    private readonly GELU act;
    private readonly SwapAxes channels;
    private readonly SecondOfPair second;
    private readonly MeanOverPositions pooled;
    private readonly Linear twice;
    private readonly Log logs;
    private readonly Linear skipped;
    private readonly Linear @out;
#pragma warning restore IDE1006

    public TinyTokenModel()
        : base(nameof(TinyTokenModel))
    {
        embed = nn.Embedding(Vocabulary, 8);
        proj = nn.Linear(8, Units);
        act = nn.GELU();
        channels = new SwapAxes();
        second = new SecondOfPair();
        pooled = new MeanOverPositions();
        twice = nn.Linear(Units, Units);
        logs = new Log();
        skipped = nn.Linear(Units, Units);
        @out = nn.Linear(Units, Vocabulary);
        RegisterComponents();
    }

    /// <summary>Forward passes so far.</summary>
    public int Passes { get; private set; }

    public override Tensor forward(Tensor input)
    {
        Passes++;
        using var scope = NewDisposeScope();
        Tensor hidden = Hidden(input);
        channels.call(hidden);
        second.call(hidden);
        pooled.call(hidden);
        twice.call(twice.call(hidden));
        logs.call(hidden);
        return @out.call(hidden).MoveToOuterDisposeScope();
    }

    /// <summary>"act" computed directly, without hooks: [batch, sequence, units].</summary>
    public Tensor Hidden(Tensor input)
    {
        using var scope = NewDisposeScope();
        Tensor tokens = input.dtype == ScalarType.Int64 ? input : input.to(ScalarType.Int64);
        return act.call(proj.call(embed.call(tokens))).MoveToOuterDisposeScope();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            embed.Dispose();
            proj.Dispose();
            act.Dispose();
            channels.Dispose();
            second.Dispose();
            pooled.Dispose();
            twice.Dispose();
            logs.Dispose();
            skipped.Dispose();
            @out.Dispose();
        }

        base.Dispose(disposing);
    }

    private sealed class SwapAxes() : nn.Module<Tensor, Tensor>(nameof(SwapAxes))
    {
        public override Tensor forward(Tensor input) => input.transpose(1, 2);
    }

    private sealed class SecondOfPair() : nn.Module<Tensor, Tensor>(nameof(SecondOfPair))
    {
        public override Tensor forward(Tensor input)
        {
            using var scope = NewDisposeScope();
            using Tensor negated = input.neg();
            return stack([negated, input]).select(0, 1).MoveToOuterDisposeScope();
        }
    }

    private sealed class MeanOverPositions() : nn.Module<Tensor, Tensor>(nameof(MeanOverPositions))
    {
        public override Tensor forward(Tensor input) => input.mean([1]);
    }

    private sealed class Log() : nn.Module<Tensor, Tensor>(nameof(Log))
    {
        public override Tensor forward(Tensor input) => input.log();
    }
}
