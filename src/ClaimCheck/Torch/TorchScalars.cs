using TorchSharp;

namespace ClaimCheck.Torch;

/// <summary>
/// TorchSharp scalars for the constants that tensor arithmetic keeps needing, created once and held for the life of the
/// process. TorchSharp 0.107.0 turns a number passed to a tensor operation (<c>x.clamp_min(0)</c>, <c>a + b</c>, whose
/// hidden alpha is 1) into a temporary <see cref="Scalar"/> that only its finalizer frees, and the garbage collector can
/// run that finalizer while the native call still reads the scalar. A scalar held by a static field is never finalized.
/// </summary>
/// <remarks>
/// Never dispose these: every caller shares them. For any other value, keep a scalar of your own for the call:
/// <c>using var scale = factor.ToScalar();</c>. The integer constants are 64-bit integer scalars, so they also serve
/// integer tensors (an integer tensor's alpha must be an integer); floating tensors take them as they are.
/// </remarks>
/// <example>
/// <code>
/// Tensor sum = a.add(b, TorchScalars.One);          // a + b without a temporary alpha
/// Tensor positive = x.clamp_min(TorchScalars.Zero);
/// using var scale = factor.ToScalar();              // a value that is not a constant: keep it for the call
/// Tensor scaled = x.mul(scale);
/// </code>
/// </example>
public static class TorchScalars
{
    /// <summary>The integer 0.</summary>
    public static Scalar Zero { get; } = 0L.ToScalar();

    /// <summary>The integer 1: the alpha of <c>a.add(b, alpha)</c> for a plain sum.</summary>
    public static Scalar One { get; } = 1L.ToScalar();

    /// <summary>The integer 2: the exponent of a square, <c>x.pow(TorchScalars.Two)</c>.</summary>
    public static Scalar Two { get; } = 2L.ToScalar();
}
