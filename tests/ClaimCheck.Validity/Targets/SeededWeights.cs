using ClaimCheck.Statistics;

namespace ClaimCheck.Validity.Targets;

/// <summary>
/// Weights drawn from <see cref="SeededRandom"/> rather than TorchSharp's generator, so the study's synthetic models
/// are the same on every platform and TorchSharp version.
/// </summary>
public static class SeededWeights
{
    /// <summary>A [rows, columns] matrix, row-major, of independent normal draws with standard deviation <paramref name="scale"/>.</summary>
    public static float[] Gaussian(int rows, int columns, double scale, ulong seed)
    {
        var random = new SeededRandom(seed);
        var weights = new float[rows * columns];
        for (int i = 0; i < weights.Length; i++)
        {
            weights[i] = (float)(scale * random.NextGaussian());
        }

        return weights;
    }

    /// <summary>
    /// A random orthogonal [size, size] matrix, row-major: Gram–Schmidt (in double) on Gaussian rows, which gives a
    /// uniformly (Haar) distributed rotation or reflection.
    /// </summary>
    public static float[] Orthogonal(int size, ulong seed)
    {
        var random = new SeededRandom(seed);
        var rows = new double[size][];
        for (int r = 0; r < size; r++)
        {
            double[] row;
            double norm;
            do
            {
                row = new double[size];
                for (int c = 0; c < size; c++)
                {
                    row[c] = random.NextGaussian();
                }

                for (int previous = 0; previous < r; previous++)
                {
                    double dot = 0;
                    for (int c = 0; c < size; c++)
                    {
                        dot += row[c] * rows[previous][c];
                    }

                    for (int c = 0; c < size; c++)
                    {
                        row[c] -= dot * rows[previous][c];
                    }
                }

                norm = Math.Sqrt(row.Sum(v => v * v));
            }
            while (norm < 1e-6); // A draw (almost) inside the span of the previous rows has no new direction: redraw.

            rows[r] = row.Select(v => v / norm).ToArray();
        }

        return rows.SelectMany(row => row.Select(v => (float)v)).ToArray();
    }
}
