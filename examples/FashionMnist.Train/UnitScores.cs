using ClaimCheck.Capture;
using ClaimCheck.Claims;
using ClaimCheck.Statistics;
using ClaimCheck.Targets;

namespace FashionMnist.Train;

/// <summary>
/// The AUROC of every unit of one layer for every concept on one split, from ClaimCheck's own activation store (the
/// capture claims use: forward hooks, batched, max over positions for convolution blocks unless told otherwise).
/// </summary>
internal sealed class UnitScores
{
    public UnitScores(AuditTarget world, DataSplit split, string layer, Reduction reduction = Reduction.Max)
    {
        Split = split;
        Layer = layer;
        ActivationMatrix activations = world.Activations.Get(split, layer, reduction);
        Units = activations.Units;
        Columns = [.. Enumerable.Range(0, Units).Select(activations.Column)];
        Labels = world.Concepts.ToDictionary(c => c.Name, c => c.Label(split), StringComparer.Ordinal);
        Aurocs = world.Concepts.ToDictionary(
            c => c.Name,
            c => Columns.Select(column => Auroc.Compute(column, Labels[c.Name])).ToArray(),
            StringComparer.Ordinal);
    }

    public DataSplit Split { get; }

    public string Layer { get; }

    public int Units { get; }

    /// <summary>Activations per unit, one value per example.</summary>
    public double[][] Columns { get; }

    public IReadOnlyDictionary<string, bool[]> Labels { get; }

    /// <summary>AUROC per concept, per unit.</summary>
    public IReadOnlyDictionary<string, double[]> Aurocs { get; }

    /// <summary>The AUROC of <paramref name="unit"/> for <paramref name="concept"/> with its DeLong 95% interval.</summary>
    public (double Auroc, Interval Interval) Score(int unit, string concept) =>
        (Aurocs[concept][unit], DeLong.AurocInterval(Columns[unit], Labels[concept]));

    /// <summary>The AUROC of <paramref name="unit"/> for <paramref name="other"/> among examples without <paramref name="concept"/>, NaN without contrast.</summary>
    public double Among(int unit, string other, string concept)
    {
        var scores = new List<double>();
        var labels = new List<bool>();
        for (int i = 0; i < Split.Count; i++)
        {
            if (!Labels[concept][i])
            {
                scores.Add(Columns[unit][i]);
                labels.Add(Labels[other][i]);
            }
        }

        int positives = labels.Count(l => l);
        return positives == 0 || positives == labels.Count ? double.NaN : Auroc.Compute(scores.ToArray(), labels.ToArray());
    }
}
