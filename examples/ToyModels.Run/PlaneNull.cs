using System.Globalization;
using ClaimCheck.Capture;
using ClaimCheck.Claims;
using ClaimCheck.Statistics;
using ClaimCheck.Targets;
using ToyModels.Model;

namespace ToyModels.Run;

/// <summary>
/// Explains the p-values of claims about the two-dimensional hidden layer. ClaimCheck's null is the AUROC of random
/// directions of the layer; in a plane those directions sweep every angle, so the exact p-value a subject tends to is
/// the share of the circle whose directions separate the concept at least as well (full precision, as the p-value
/// counts them). This measures that share on a grid of 720 directions (every 0.5°) instead of 200 random draws.
/// </summary>
internal static class PlaneNull
{
    private const int GridDirections = 720;

    /// <summary>The share of plane directions whose AUROC on <paramref name="split"/> is at least <paramref name="observed"/>.</summary>
    public static double ShareAtLeast(AuditTarget target, string concept, string splitName, double observed)
    {
        DataSplit split = target.Split(splitName);
        ActivationMatrix hidden = target.Activations.Get(split, ToyModel.HiddenPath, Reduction.Max);
        bool[] labels = target.Concepts[concept].Label(split);
        int atLeast = 0;
        for (int d = 0; d < GridDirections; d++)
        {
            double angle = 2 * Math.PI * d / GridDirections;
            float[] direction = [(float)Math.Cos(angle), (float)Math.Sin(angle)];
            // Ties count as "at least as well", as in ClaimCheck's empirical p-value.
            if (Auroc.Compute(hidden.Project(direction), labels) >= observed)
            {
                atLeast++;
            }
        }

        return (double)atLeast / GridDirections;
    }

    public static string Describe(double share) =>
        string.Create(CultureInfo.InvariantCulture, $"{share:0.000} of all directions of the plane ({share * 360:0}°) separate the concept at least as well");
}
