using ClaimCheck.Statistics;

namespace ToyModels.Data;

/// <summary>
/// The paper's synthetic data: each of n features is 0 with probability S (the sparsity) and otherwise uniform on
/// [0, 1], independently of the others. Draws come from ClaimCheck's <see cref="SeededRandom"/> (plain integer
/// arithmetic), so a seed gives the same bytes on every machine.
/// </summary>
public static class FeatureDistribution
{
    /// <summary>Draws <paramref name="count"/> examples of <paramref name="features"/> features, row-major.</summary>
    public static float[] Sample(int count, int features, double sparsity, ulong seed)
    {
        var values = new float[count * features];
        Fill(values, features, sparsity, new SeededRandom(seed));
        return values;
    }

    /// <summary>Fills <paramref name="values"/> (whole examples of <paramref name="features"/>) with draws from <paramref name="random"/>.</summary>
    public static void Fill(Span<float> values, int features, double sparsity, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(random);
        ArgumentOutOfRangeException.ThrowIfLessThan(features, 1);
        if (sparsity is < 0 or >= 1)
        {
            throw new ArgumentOutOfRangeException(nameof(sparsity), sparsity, "sparsity must be in [0, 1)");
        }

        for (int j = 0; j < values.Length; j++)
        {
            // Two draws per value whatever the outcome, so the stream's position never depends on the sparsity.
            bool active = random.NextDouble() >= sparsity;
            double magnitude = random.NextDouble();
            values[j] = active ? (float)magnitude : 0f;
        }
    }
}
