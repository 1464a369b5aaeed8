namespace ClaimCheck.Statistics;

/// <summary>
/// Random unit directions in activation space, the null for direction claims: a claimed direction should beat
/// directions nobody chose.
/// </summary>
internal static class RandomDirections
{
    /// <summary>
    /// Draws <paramref name="count"/> directions uniformly on the unit sphere of <paramref name="dimensions"/> components,
    /// by normalising vectors of independent standard normal draws (which are isotropic), from a
    /// <see cref="SeededRandom"/> seeded with <paramref name="seed"/>, one direction after another.
    /// </summary>
    /// <param name="count">How many directions, at least 0.</param>
    /// <param name="dimensions">Components per direction, at least 1.</param>
    /// <param name="seed">The seed; the same seed gives the same directions on every platform.</param>
    /// <returns>The directions row-major: direction i occupies elements [i·dimensions, (i+1)·dimensions).</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="count"/> is negative, <paramref name="dimensions"/> is not positive, or the result would not fit in one array.
    /// </exception>
    /// <example>
    /// <code>
    /// float[] nulls = RandomDirections.Draw(200, hiddenSize, SeededRandom.Derive(claimSeed, "null directions"));
    /// </code>
    /// </example>
    public static float[] Draw(int count, int dimensions, ulong seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(dimensions);
        long total = (long)count * dimensions;
        if (total > Array.MaxLength)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, $"{count} × {dimensions} components do not fit in one array.");
        }

        float[] directions = new float[total];
        double[] draw = new double[dimensions];
        var random = new SeededRandom(seed);
        for (int row = 0; row < count; row++)
        {
            double squaredNorm;
            do
            {
                squaredNorm = 0;
                for (int d = 0; d < dimensions; d++)
                {
                    draw[d] = random.NextGaussian();
                    squaredNorm += draw[d] * draw[d];
                }
            }
            while (squaredNorm == 0); // Measure zero, but a zero vector has no direction; redraw rather than divide by 0.

            // Normalise in double and round once, so each float direction has unit norm to float precision.
            double scale = 1 / Math.Sqrt(squaredNorm);
            Span<float> target = directions.AsSpan(row * dimensions, dimensions);
            for (int d = 0; d < dimensions; d++)
            {
                target[d] = (float)(draw[d] * scale);
            }
        }

        return directions;
    }
}
