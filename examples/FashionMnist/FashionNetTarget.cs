using ClaimCheck.Readouts;
using ClaimCheck.Targets;
using FashionMnist.Data;
using FashionMnist.Model;
using static TorchSharp.torch;

namespace FashionMnist;

/// <summary>
/// What every audit target of the Fashion-MNIST world shares: the trained <see cref="FashionNet"/> given to ClaimCheck
/// as a chain of its layers (same weights and paths, so ablations re-run only what follows), and its readouts: each
/// class's logit (named like the class, e.g. <c>sneaker</c>) and each group's log-odds (e.g. <c>footwear</c>: log Σ
/// p(footwear class) − log Σ p(other class)). The worlds add their splits, concepts and edits.
/// </summary>
public static class FashionNetTarget
{
    /// <summary>A builder of a target named <paramref name="name"/> around <paramref name="model"/>, which the target then owns and disposes.</summary>
    public static AuditTargetBuilder Build(string name, FashionNet model)
    {
        ArgumentNullException.ThrowIfNull(model);
        model.eval();
        return AuditTarget.Build(name, model.AsChain())
            .WithReadout(FashionConcepts.Classes.Select(c => Read.ClassLogit(c.ConceptName(), (int)c)))
            .WithReadout(FashionConcepts.Groups.Keys.Select(GroupLogOdds));
    }

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
