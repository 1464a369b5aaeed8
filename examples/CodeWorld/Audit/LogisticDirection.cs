using ClaimCheck.Capture;
using ClaimCheck.Claims;
using ClaimCheck.Targets;

namespace CodeWorld.Audit;

/// <summary>
/// A concept's logistic-regression probe in a layer, fitted on one split's activations at the window's last position:
/// features standardised per unit, ridge-penalised log-likelihood (the intercept unpenalised) maximised by Newton's
/// method from zero, so the same activations give the same probe on every machine. Its direction is the weight vector
/// mapped back to raw activations, scaled to unit length. Unlike a mean difference it weighs features by how noisy they
/// are, and with 128 features fitted on a few hundred positives it can also fit what is peculiar to its split.
/// </summary>
public static class LogisticDirection
{
    private const int MaxIterations = 50;
    private const double Tolerance = 1e-8;

    /// <summary>The unit-length probe direction of <paramref name="concept"/> in <paramref name="layer"/>, fitted on <paramref name="split"/>.</summary>
    public static float[] Fit(AuditTarget target, DataSplit split, string layer, string concept, double ridge = 1.0)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(split);
        bool[] labels = target.Concepts[concept].Label(split);
        ActivationMatrix activations = target.Activations.Get(split, layer, Reduction.Last);
        return Fit(activations.ToArray(), activations.Rows, activations.Units, labels, ridge);
    }

    /// <summary>The unit-length probe direction for row-major <paramref name="features"/> ([rows, width]) and <paramref name="labels"/>.</summary>
    public static float[] Fit(float[] features, int rows, int width, bool[] labels, double ridge = 1.0)
    {
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(labels);
        var mean = new double[width];
        var scale = new double[width];
        for (int r = 0; r < rows; r++)
        {
            for (int j = 0; j < width; j++)
            {
                mean[j] += features[(r * width) + j];
            }
        }

        for (int j = 0; j < width; j++)
        {
            mean[j] /= rows;
        }

        for (int r = 0; r < rows; r++)
        {
            for (int j = 0; j < width; j++)
            {
                double d = features[(r * width) + j] - mean[j];
                scale[j] += d * d;
            }
        }

        for (int j = 0; j < width; j++)
        {
            // A constant feature keeps scale 1: its standardised value is 0 either way.
            scale[j] = scale[j] > 0 ? Math.Sqrt(scale[j] / rows) : 1;
        }

        // Standardised design with the intercept as the last column.
        int size = width + 1;
        var z = new double[rows * size];
        for (int r = 0; r < rows; r++)
        {
            for (int j = 0; j < width; j++)
            {
                z[(r * size) + j] = (features[(r * width) + j] - mean[j]) / scale[j];
            }

            z[(r * size) + width] = 1;
        }

        var weights = new double[size];
        for (int iteration = 0; iteration < MaxIterations; iteration++)
        {
            var gradient = new double[size];
            var hessian = new double[size * size];
            for (int r = 0; r < rows; r++)
            {
                ReadOnlySpan<double> row = z.AsSpan(r * size, size);
                double logit = 0;
                for (int j = 0; j < size; j++)
                {
                    logit += row[j] * weights[j];
                }

                double p = 1 / (1 + Math.Exp(-logit));
                double residual = (labels[r] ? 1 : 0) - p;
                double curvature = p * (1 - p);
                for (int j = 0; j < size; j++)
                {
                    gradient[j] += row[j] * residual;
                    double weighted = row[j] * curvature;
                    for (int k = 0; k <= j; k++)
                    {
                        hessian[(j * size) + k] += weighted * row[k];
                    }
                }
            }

            for (int j = 0; j < width; j++)
            {
                gradient[j] -= ridge * weights[j];
                hessian[(j * size) + j] += ridge;
            }

            double[] step = SolveSymmetric(hessian, gradient, size);
            double largest = 0;
            for (int j = 0; j < size; j++)
            {
                weights[j] += step[j];
                largest = Math.Max(largest, Math.Abs(step[j]));
            }

            if (largest < Tolerance)
            {
                break;
            }
        }

        double[] raw = [.. Enumerable.Range(0, width).Select(j => weights[j] / scale[j])];
        double norm = Math.Sqrt(raw.Sum(w => w * w));
        return [.. raw.Select(w => (float)(norm > 0 ? w / norm : 0))];
    }

    // Solves H x = b for a symmetric positive definite H given by its lower triangle (Cholesky).
    private static double[] SolveSymmetric(double[] lower, double[] b, int size)
    {
        var l = new double[size * size];
        for (int i = 0; i < size; i++)
        {
            for (int j = 0; j <= i; j++)
            {
                double sum = lower[(i * size) + j];
                for (int k = 0; k < j; k++)
                {
                    sum -= l[(i * size) + k] * l[(j * size) + k];
                }

                l[(i * size) + j] = i == j ? Math.Sqrt(Math.Max(sum, 1e-12)) : sum / l[(j * size) + j];
            }
        }

        var y = new double[size];
        for (int i = 0; i < size; i++)
        {
            double sum = b[i];
            for (int k = 0; k < i; k++)
            {
                sum -= l[(i * size) + k] * y[k];
            }

            y[i] = sum / l[(i * size) + i];
        }

        var x = new double[size];
        for (int i = size - 1; i >= 0; i--)
        {
            double sum = y[i];
            for (int k = i + 1; k < size; k++)
            {
                sum -= l[(k * size) + i] * x[k];
            }

            x[i] = sum / l[(i * size) + i];
        }

        return x;
    }
}
