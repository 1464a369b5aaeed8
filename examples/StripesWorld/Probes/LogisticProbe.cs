namespace StripesWorld.Probes;

/// <summary>
/// A logistic-regression probe fitted deterministically: features standardised per column, ridge-penalised
/// log-likelihood (the intercept unpenalised) maximised by Newton's method from zero. No random start and no
/// stochastic steps, so the same data give the same probe on every machine. The ridge keeps the weights finite when
/// the classes are separable, as they can be on a curated split.
/// </summary>
public sealed class LogisticProbe
{
    private const int MaxIterations = 100;
    private const double Tolerance = 1e-10;

    private LogisticProbe(double[] weights, double intercept, int iterations)
    {
        Weights = weights;
        Intercept = intercept;
        Iterations = iterations;
    }

    /// <summary>The probe's weights in the raw (unstandardised) feature space: the probe's direction.</summary>
    public IReadOnlyList<double> Weights { get; }

    /// <summary>The intercept in the raw feature space.</summary>
    public double Intercept { get; }

    /// <summary>Newton iterations until convergence.</summary>
    public int Iterations { get; }

    /// <summary>Fits a probe on row-major <paramref name="features"/> ([labels.Length, width]) for <paramref name="labels"/>.</summary>
    /// <param name="features">The inputs, one row per example.</param>
    /// <param name="width">Features per example.</param>
    /// <param name="labels">The target class per example.</param>
    /// <param name="ridge">The L2 penalty on the standardised weights.</param>
    public static LogisticProbe Fit(ReadOnlySpan<float> features, int width, IReadOnlyList<bool> labels, double ridge = 1.0)
    {
        ArgumentNullException.ThrowIfNull(labels);
        int n = labels.Count;
        if (features.Length != n * width)
        {
            throw new ArgumentException($"{features.Length} feature values do not make {n} rows of {width}", nameof(features));
        }

        (double[] mean, double[] scale) = Standardisation(features, width, n);
        int p = width + 1; // the last parameter is the intercept
        var beta = new double[p];
        var row = new double[p];
        int iteration = 0;
        for (; iteration < MaxIterations; iteration++)
        {
            var gradient = new double[p];
            var hessian = new double[p, p];
            for (int i = 0; i < n; i++)
            {
                StandardisedRow(features, width, i, mean, scale, row);
                double z = 0;
                for (int j = 0; j < p; j++)
                {
                    z += beta[j] * row[j];
                }

                double probability = 1 / (1 + Math.Exp(-z));
                double residual = (labels[i] ? 1 : 0) - probability;
                double curvature = probability * (1 - probability);
                for (int j = 0; j < p; j++)
                {
                    gradient[j] += residual * row[j];
                    for (int k = 0; k < p; k++)
                    {
                        hessian[j, k] += curvature * row[j] * row[k];
                    }
                }
            }

            for (int j = 0; j < width; j++)
            {
                gradient[j] -= ridge * beta[j];
                hessian[j, j] += ridge;
            }

            double[] step = Solve(hessian, gradient);
            double size = 0;
            for (int j = 0; j < p; j++)
            {
                beta[j] += step[j];
                size += step[j] * step[j];
            }

            if (size < Tolerance)
            {
                iteration++;
                break;
            }
        }

        // Back to raw features: w·(x − μ)/σ + b = (w/σ)·x + (b − Σ wμ/σ).
        var weights = new double[width];
        double intercept = beta[width];
        for (int j = 0; j < width; j++)
        {
            weights[j] = beta[j] / scale[j];
            intercept -= weights[j] * mean[j];
        }

        return new LogisticProbe(weights, intercept, iteration);
    }

    private static (double[] Mean, double[] Scale) Standardisation(ReadOnlySpan<float> features, int width, int n)
    {
        var mean = new double[width];
        var scale = new double[width];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < width; j++)
            {
                mean[j] += features[(i * width) + j];
            }
        }

        for (int j = 0; j < width; j++)
        {
            mean[j] /= n;
        }

        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < width; j++)
            {
                double d = features[(i * width) + j] - mean[j];
                scale[j] += d * d;
            }
        }

        for (int j = 0; j < width; j++)
        {
            double sd = Math.Sqrt(scale[j] / n);
            // A constant column (a unit silent on this data) carries no information; scale 1 leaves its weight at 0.
            scale[j] = sd > 1e-12 ? sd : 1;
        }

        return (mean, scale);
    }

    private static void StandardisedRow(ReadOnlySpan<float> features, int width, int i, double[] mean, double[] scale, double[] row)
    {
        for (int j = 0; j < width; j++)
        {
            row[j] = (features[(i * width) + j] - mean[j]) / scale[j];
        }

        row[width] = 1;
    }

    // Gaussian elimination with partial pivoting; the ridge makes the system positive definite.
    private static double[] Solve(double[,] a, double[] b)
    {
        int p = b.Length;
        var m = (double[,])a.Clone();
        var x = (double[])b.Clone();
        for (int col = 0; col < p; col++)
        {
            int pivot = col;
            for (int r = col + 1; r < p; r++)
            {
                if (Math.Abs(m[r, col]) > Math.Abs(m[pivot, col]))
                {
                    pivot = r;
                }
            }

            if (pivot != col)
            {
                for (int k = 0; k < p; k++)
                {
                    (m[col, k], m[pivot, k]) = (m[pivot, k], m[col, k]);
                }

                (x[col], x[pivot]) = (x[pivot], x[col]);
            }

            for (int r = col + 1; r < p; r++)
            {
                double factor = m[r, col] / m[col, col];
                for (int k = col; k < p; k++)
                {
                    m[r, k] -= factor * m[col, k];
                }

                x[r] -= factor * x[col];
            }
        }

        for (int r = p - 1; r >= 0; r--)
        {
            double sum = x[r];
            for (int k = r + 1; k < p; k++)
            {
                sum -= m[r, k] * x[k];
            }

            x[r] = sum / m[r, r];
        }

        return x;
    }
}
