using System.Globalization;
using ClaimCheck.Diagnostics;
using static TorchSharp.torch;

namespace ClaimCheck.Readouts;

/// <summary>
/// Factories for the usual readouts. (They live here rather than on <see cref="Readout"/> because inside an audit
/// target, <c>Readout</c> names the target's lookup method, which would hide the type's static members.)
/// </summary>
/// <example>
/// <code>
/// public override IReadOnlyList&lt;Readout&gt; Readouts =>
/// [
///     Read.ClassLogit("stripes", classIndex: 3),
///     Read.LogProbability("stripes-logp", classIndex: 3),
///     Read.Metric("margin", "logit 3 minus logit 4", output => output.select(1, 3) - output.select(1, 4)),
/// ];
/// </code>
/// </example>
public static class Read
{
    /// <summary>The logit of class <paramref name="classIndex"/>: column <paramref name="classIndex"/> of an output [B, K].</summary>
    /// <param name="name">The readout's name.</param>
    /// <param name="classIndex">The class's column (0-based).</param>
    /// <returns>The readout; it reports CLM3003 when the output has no such column.</returns>
    public static Readout ClassLogit(string name, int classIndex)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(classIndex);
        return new Readout(name, $"logit of class {classIndex}", output => Column(name, output, classIndex));
    }

    /// <summary>
    /// The log-probability of class <paramref name="classIndex"/>: column <paramref name="classIndex"/> of
    /// log_softmax over the classes (dimension 1) of an output [B, K]. Unlike the logit it cannot rise by raising
    /// every class at once, so it reads "this class rather than the others".
    /// </summary>
    /// <param name="name">The readout's name.</param>
    /// <param name="classIndex">The class's column (0-based).</param>
    /// <returns>The readout; it reports CLM3003 when the output has no such column.</returns>
    public static Readout LogProbability(string name, int classIndex)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(classIndex);
        return new Readout(name, $"log-probability of class {classIndex}", output =>
        {
            RequireColumn(name, output, classIndex);
            return nn.functional.log_softmax(output, 1).select(1, classIndex);
        });
    }

    /// <summary>A readout computed by <paramref name="metric"/>, any batch function of the output with one score per example.</summary>
    /// <param name="name">The readout's name.</param>
    /// <param name="description">What the metric is, in words.</param>
    /// <param name="metric">Maps the model output [B, ...] to a floating-point score per example, [B].</param>
    /// <returns>The readout.</returns>
    public static Readout Metric(string name, string description, Func<Tensor, Tensor> metric) => new(name, description, metric);

    private static Tensor Column(string name, Tensor output, int classIndex)
    {
        RequireColumn(name, output, classIndex);
        return output.select(1, classIndex);
    }

    private static void RequireColumn(string name, Tensor output, int classIndex)
    {
        if (output.dim() != 2 || classIndex >= output.shape[1])
        {
            throw new ClaimCheckException(DiagnosticIds.ReadoutDoesNotFitOutput,
                $"readout '{name}' reads class {classIndex.ToString(CultureInfo.InvariantCulture)}, but the model output has shape {Readout.Shape(output)}; a class readout needs [batch, classes] with more than {classIndex} classes");
        }
    }
}
