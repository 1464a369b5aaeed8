using static TorchSharp.torch;

namespace ClaimCheck.Dictionaries;

/// <summary>
/// The model's loss on a batch, one value per example ([count]): <paramref name="output"/> is the model's output for
/// examples [<paramref name="start"/>, <paramref name="start"/> + <paramref name="count"/>) of the split being
/// evaluated, so the delegate can look up their targets.
/// </summary>
/// <example>
/// <code>
/// BatchLoss loss = (output, start, count) =&gt; nn.functional.binary_cross_entropy_with_logits(
///     output, targets.narrow(0, start, count).to(output.device), reduction: nn.Reduction.None).sum(1);
/// </code>
/// </example>
public delegate Tensor BatchLoss(Tensor output, int start, int count);
