using ClaimCheck.Capture;
using ClaimCheck.Claims;
using ClaimCheck.Targets;

namespace ClaimCheck.Evidence.Edits;

/// <summary>
/// Scores a subject on arbitrary inputs (bases and their edits, which are no split) in batched, hooked forward
/// passes, with the same reduction and subject rule as held-out scoring.
/// </summary>
/// <typeparam name="TInput">The world's input type.</typeparam>
public sealed class EditScorer<TInput>
{
    private readonly AuditTarget _target;
    private readonly Subject _subject;
    private readonly IInputEncoder<TInput> _encoder;
    private readonly int _perInput;
    private readonly EditScale _scale;

    /// <summary>
    /// Creates a scorer of <paramref name="subject"/> on <paramref name="target"/>'s model; <see cref="ScoreCases"/>
    /// reports on <paramref name="scale"/> (activation units when null).
    /// </summary>
    public EditScorer(AuditTarget target, Subject subject, IInputEncoder<TInput> encoder, EditScale? scale = null)
    {
        _scale = scale ?? EditScale.Raw(double.NaN);
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(encoder);
        _target = target;
        _subject = subject;
        _encoder = encoder;
        _perInput = (int)encoder.ExampleShape.Aggregate(1L, (a, b) => a * b);
    }

    /// <summary>How many forward passes (batches) ran, for benchmarks and tests of batching.</summary>
    public int ForwardPasses { get; private set; }

    /// <summary>The subject's score on each of <paramref name="inputs"/>, in one pass per batch of the target's batch size.</summary>
    public double[] Score(IReadOnlyList<TInput> inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        if (inputs.Count == 0)
        {
            return [];
        }

        float[] values = Encode(inputs);
        ActivationMatrix activations = InputCapture.Run(_target, _subject.Layer, _subject.Reduction, values, _encoder.ExampleShape);
        ForwardPasses += (inputs.Count + Math.Max(1, _target.BatchSize) - 1) / Math.Max(1, _target.BatchSize);
        return SubjectScorer.Score(_subject, activations, _target);
    }

    /// <summary>(before, after) per case on the scorer's edit scale: bases and edited inputs scored together.</summary>
    public (double Before, double After)[] ScoreCases(IReadOnlyList<EditCase<TInput>> cases)
    {
        ArgumentNullException.ThrowIfNull(cases);
        var inputs = new List<TInput>(cases.Count * 2);
        foreach (EditCase<TInput> c in cases)
        {
            inputs.Add(c.Base);
            inputs.Add(c.Edited());
        }

        double[] scores = Score(inputs);
        var pairs = new (double, double)[cases.Count];
        for (int i = 0; i < cases.Count; i++)
        {
            pairs[i] = (_scale.Apply(scores[2 * i]), _scale.Apply(scores[(2 * i) + 1]));
        }

        return pairs;
    }

    /// <summary>The encoded values of <paramref name="inputs"/>, one after another.</summary>
    public float[] Encode(IReadOnlyList<TInput> inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var values = new float[(long)inputs.Count * _perInput];
        for (int i = 0; i < inputs.Count; i++)
        {
            try
            {
                _encoder.Encode(inputs[i], values.AsSpan(i * _perInput, _perInput));
            }
            catch (Exception e) when (e is not (Diagnostics.ClaimCheckException or OutOfMemoryException))
            {
                throw UserEditCode.Failed($"the input encoder {_encoder.GetType().Name}.Encode", e);
            }
        }

        return values;
    }
}
