using ClaimCheck.Readouts;
using ClaimCheck.Targets;
using FashionMnist.Data;
using FashionMnist.Model;
using static TorchSharp.torch;

namespace FashionMnist;

/// <summary>
/// What every audit target of the Fashion-MNIST world shares: the trained <see cref="FashionNet"/> given to ClaimCheck
/// as a chain of its layers, and its readouts (each class's logit, each group's log-odds). The worlds differ in their
/// splits, concepts and edits.
/// </summary>
public abstract class FashionNetTarget : AuditTarget
{
    private readonly FashionNet _model;
    private readonly nn.Module<Tensor, Tensor> _chain;

    /// <summary>Wraps <paramref name="model"/>, which the target then owns and disposes.</summary>
    protected FashionNetTarget(FashionNet model)
    {
        ArgumentNullException.ThrowIfNull(model);
        _model = model;
        _model.eval();
        _chain = model.AsChain();
        Readouts =
        [
            .. FashionConcepts.Classes.Select(c => Read.ClassLogit(c.ConceptName(), (int)c)),
            .. FashionConcepts.Groups.Keys.Select(GroupLogOdds),
        ];
    }

    /// <inheritdoc />
    /// <remarks>The network as a chain of its layers (same weights and paths), so ablations re-run only what follows.</remarks>
    public override nn.Module<Tensor, Tensor> Model => _chain;

    /// <summary>The network, typed.</summary>
    public FashionNet Network => _model;

    /// <summary>
    /// One readout per class, its logit (named like the class, e.g. <c>sneaker</c>), and one per group, its log-odds
    /// (e.g. <c>footwear</c>: log Σ p(footwear class) − log Σ p(other class)).
    /// </summary>
    public override IReadOnlyList<Readout> Readouts { get; }

    private static Readout GroupLogOdds(string group)
    {
        long[] members = [.. FashionConcepts.Groups[group].Select(c => (long)c)];
        long[] others = [.. Enumerable.Range(0, FashionConcepts.ClassCount).Select(i => (long)i).Except(members)];
        return Read.Metric(group, $"log-odds of {group}: logsumexp of its classes' logits minus logsumexp of the others'", output =>
        {
            using Tensor inside = tensor(members, device: output.device);
            using Tensor outside = tensor(others, device: output.device);
            return output.index_select(1, inside).logsumexp(1) - output.index_select(1, outside).logsumexp(1);
        });
    }
}
