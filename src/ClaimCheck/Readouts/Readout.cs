using System.Runtime.InteropServices;
using ClaimCheck.Diagnostics;
using static TorchSharp.torch;

namespace ClaimCheck.Readouts;

/// <summary>
/// The behaviour a concept should drive, read from the model's output: a function from the output of a whole batch,
/// [B, ...], to one score per example, [B]. Ablation measures how much a subject moves it. Readouts work on whole
/// batches (never example by example) so that stacked null ablations cost one call.
/// </summary>
/// <remarks>Build readouts with <see cref="Read"/>; an audit target provides them by name through <c>Readouts</c>.</remarks>
public sealed class Readout
{
    private readonly Func<Tensor, Tensor> _score;

    /// <summary>Creates a readout from a batch function.</summary>
    /// <param name="name">The name claims use, e.g. <c>stripes</c>.</param>
    /// <param name="description">What the readout is, in words, for reports.</param>
    /// <param name="score">Maps the model output [B, ...] to a floating-point score per example, [B].</param>
    public Readout(string name, string description, Func<Tensor, Tensor> score)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(score);
        Name = name;
        Description = description ?? string.Empty;
        _score = score;
    }

    /// <summary>The readout's name, as claims refer to it.</summary>
    public string Name { get; }

    /// <summary>What the readout is, in words.</summary>
    public string Description { get; }

    /// <summary>
    /// The readout of every example of a batch, as float64 [B] on the output's device. Throws
    /// <see cref="ClaimCheckException"/> with CLM3003 when the function fails or gives another shape.
    /// </summary>
    /// <param name="output">The model output of a batch, [B, ...].</param>
    /// <returns>One score per example.</returns>
    public Tensor Evaluate(Tensor output)
    {
        ArgumentNullException.ThrowIfNull(output);
        Tensor scores;
        try
        {
            scores = _score(output);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or ExternalException or IndexOutOfRangeException)
        {
            throw new ClaimCheckException(DiagnosticIds.ReadoutDoesNotFitOutput,
                $"readout '{Name}' failed on a model output of shape {Shape(output)}: {e.Message}", e);
        }

        if (scores is null || scores.dim() != 1 || scores.shape[0] != output.shape[0] || !scores.is_floating_point())
        {
            string got = scores is null ? "nothing" : $"a {scores.dtype} tensor of shape {Shape(scores)}";
            throw new ClaimCheckException(DiagnosticIds.ReadoutDoesNotFitOutput,
                $"readout '{Name}' gave {got} for a model output of shape {Shape(output)}; a readout gives one floating-point score per example, shape [{output.shape[0]}]");
        }

        return scores.to_type(ScalarType.Float64);
    }

    /// <inheritdoc />
    public override string ToString() => Name;

    internal static string Shape(Tensor tensor) => $"[{string.Join(", ", tensor.shape)}]";
}
