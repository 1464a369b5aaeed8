namespace ClaimCheck.Statistics;

/// <summary>
/// The standard normal distribution: density, distribution function, upper tail and quantile, accurate to about
/// 1e-13 relative across the range of doubles (far beyond the 1e-7 that interval endpoints need).
/// </summary>
internal static class Normal
{
    private const double InverseSqrtTwoPi = 0.39894228040143267793994605993438;

    // Below this |x| the Taylor series is used, above it the continued fraction: where each converges fast and the
    // series' cancellation (0.5 − something close to 0.5) costs at most ~1e-13 relative in the lower tail.
    private const double SeriesLimit = 2.5;

    // Beyond this the tail is below the smallest double (≈ 4.9e-324).
    private const double TailLimit = 39;

    /// <summary>The density φ(x) = exp(−x²/2) / √(2π).</summary>
    /// <param name="x">Where to evaluate.</param>
    /// <returns>The density.</returns>
    public static double Density(double x)
    {
        // NaN needs no test of its own: it fails the comparison below and comes out of the arithmetic as NaN.
        x = Math.Abs(x);
        if (x > TailLimit)
        {
            return 0;
        }

        // exp(−x²/2) directly loses ~x²·ε relative because x² is rounded; splitting x = h + r with h a multiple of 1/16
        // makes h² exact and leaves only the small r(x + h) term inexact (the trick in Cody's 1969 erfc).
        double h = Math.Floor(x * 16) / 16;
        double rest = (x - h) * (x + h);
        return InverseSqrtTwoPi * Math.Exp(-0.5 * h * h) * Math.Exp(-0.5 * rest);
    }

    /// <summary>The distribution function Φ(x) = P(Z ≤ x).</summary>
    /// <param name="x">Where to evaluate; ±∞ give 0 and 1, NaN gives NaN.</param>
    /// <returns>Φ(x).</returns>
    /// <example>
    /// <code>
    /// double p = Normal.Cdf(1.96); // 0.9750021048517795
    /// </code>
    /// </example>
    public static double Cdf(double x)
    {
        if (double.IsNaN(x))
        {
            return double.NaN;
        }

        if (x <= -SeriesLimit)
        {
            return TailBeyond(-x);
        }

        if (x >= SeriesLimit)
        {
            return 1 - TailBeyond(x);
        }

        return 0.5 + (Density(x) * OddSeries(x));
    }

    /// <summary>The upper tail Q(x) = P(Z &gt; x) = 1 − Φ(x), computed without the cancellation of 1 − Φ(x) for large x.</summary>
    /// <param name="x">Where to evaluate.</param>
    /// <returns>Q(x).</returns>
    public static double UpperTail(double x) => Cdf(-x);

    /// <summary>The quantile function Φ⁻¹(p): the x with Φ(x) = p.</summary>
    /// <param name="p">A probability strictly between 0 and 1.</param>
    /// <returns>Φ⁻¹(p).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="p"/> is not strictly between 0 and 1 (or is NaN).</exception>
    /// <example>
    /// <code>
    /// double z = Normal.Quantile(0.975); // ≈ 1.959963984540054
    /// </code>
    /// </example>
    public static double Quantile(double p)
    {
        if (!(p > 0 && p < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(p), p, "A normal quantile needs a probability strictly between 0 and 1.");
        }

        // Solve in the smaller tail, Q(z) = tail with z > 0, so that p near 1 and p near 0 are equally accurate.
        double z = SmallTailQuantile(Math.Min(p, 1 - p));
        return p < 0.5 ? -z : z;
    }

    /// <summary>
    /// The upper-tail quantile Q⁻¹(tail): the x with P(Z &gt; x) = <paramref name="tail"/>. Taking the tail itself, not
    /// 1 − tail, keeps a small tail exact: Φ⁻¹(1 − 5e-10) must first round 1 − 5e-10 to a double, which moves the tail
    /// by up to 5.6e-17 (1e-7 of it) and the quantile by ~1e-8.
    /// </summary>
    /// <param name="tail">A probability strictly between 0 and 1.</param>
    /// <returns>Q⁻¹(tail) = −Φ⁻¹(tail).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tail"/> is not strictly between 0 and 1 (or is NaN).</exception>
    /// <example>
    /// <code>
    /// double z = Normal.UpperTailQuantile(0.025); // ≈ 1.959963984540054, the two-sided 95% critical value
    /// </code>
    /// </example>
    public static double UpperTailQuantile(double tail)
    {
        if (!(tail > 0 && tail < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(tail), tail, "A tail probability must lie strictly between 0 and 1.");
        }

        return tail <= 0.5 ? SmallTailQuantile(tail) : -SmallTailQuantile(1 - tail);
    }

    /// <summary>The z ≥ 0 with Q(z) = <paramref name="tail"/>, for tail in (0, 0.5].</summary>
    private static double SmallTailQuantile(double tail)
    {
        if (tail == 0.5)
        {
            return 0;
        }

        double z = StartingPoint(tail);
        for (int iteration = 0; iteration < 10; iteration++)
        {
            double density = Density(z);
            if (density == 0)
            {
                break;
            }

            // Halley's method on f(z) = Q(z) − tail, with f' = −φ(z) and f'' = zφ(z): cubic convergence, so two or three
            // steps take the starting point's 4.5e-4 error to rounding level.
            double u = (UpperTail(z) - tail) / density;
            double step = u / (1 - (0.5 * u * z));
            z += step;
            if (Math.Abs(step) <= 1e-15 * Math.Max(1, z))
            {
                break;
            }
        }

        return z;
    }

    /// <summary>
    /// Abramowitz and Stegun 26.2.23: z with Q(z) ≈ tail for tail in (0, 0.5], absolute error below 4.5e-4.
    /// </summary>
    private static double StartingPoint(double tail)
    {
        double t = Math.Sqrt(-2 * Math.Log(tail));
        double numerator = 2.515517 + (t * (0.802853 + (t * 0.010328)));
        double denominator = 1 + (t * (1.432788 + (t * (0.189269 + (t * 0.001308)))));
        return t - (numerator / denominator);
    }

    /// <summary>
    /// Σₖ x^(2k+1) / (1·3·5···(2k+1)), so that Φ(x) = ½ + φ(x)·Σ (Marsaglia 2004). All terms share x's sign, so the
    /// sum itself has no cancellation.
    /// </summary>
    private static double OddSeries(double x)
    {
        double xx = x * x;
        double term = x;
        double sum = x;
        for (int k = 1; k < 200; k++)
        {
            term *= xx / ((2 * k) + 1);
            sum += term;
            if (Math.Abs(term) <= 1e-17 * Math.Abs(sum))
            {
                break;
            }
        }

        return sum;
    }

    /// <summary>
    /// Q(x) for x ≥ <see cref="SeriesLimit"/> from Laplace's continued fraction for the Mills ratio,
    /// Q(x) = φ(x) / (x + 1/(x + 2/(x + 3/(x + ···)))), evaluated with Lentz's algorithm. The modified algorithm's guard
    /// against a zero denominator is not needed: every partial numerator and denominator is positive, so c ≥ x and
    /// 1/d ≥ x throughout.
    /// </summary>
    private static double TailBeyond(double x)
    {
        if (x > TailLimit)
        {
            return 0;
        }

        double fraction = x;
        double c = x;
        double d = 0;
        for (int j = 1; j < 500; j++)
        {
            d = 1 / (x + (j * d));
            c = x + (j / c);
            double delta = c * d;
            fraction *= delta;
            if (Math.Abs(delta - 1) < 1e-16)
            {
                break;
            }
        }

        return Density(x) / fraction;
    }
}
