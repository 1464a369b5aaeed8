using TorchSharp;
using static TorchSharp.torch;

namespace ClaimCheck.Torch;

/// <summary>
/// Adam (Kingma and Ba 2015) with every scalar kept alive through the native calls that read it. TorchSharp 0.107.0's
/// own <c>optim.Adam</c> passes numbers such as β₁, 1 − β₁ and ε as temporary scalars that the garbage collector may
/// free during the call (docs/torchsharp-scalars.md); this one holds them in fields and disposes them with itself. It
/// makes the same native calls with the same values in the same order, so the parameters come out bit for bit as
/// TorchSharp's Adam leaves them (no weight decay, no AMSGrad, a fixed learning rate).
/// </summary>
internal sealed class KeptScalarAdam : IDisposable
{
    private readonly Tensor[] _parameters;
    private readonly Tensor[] _firstMoments;
    private readonly Tensor[] _secondMoments;
    private readonly double _learningRate;
    private readonly double _beta1;
    private readonly double _beta2;
    private readonly Scalar _beta1Scalar;
    private readonly Scalar _oneMinusBeta1;
    private readonly Scalar _beta2Scalar;
    private readonly Scalar _oneMinusBeta2;
    private readonly Scalar _epsilon;
    private long _steps;

    public KeptScalarAdam(IEnumerable<Tensor> parameters, double learningRate, double beta1 = 0.9, double beta2 = 0.999, double epsilon = 1e-8)
    {
        _parameters = parameters.ToArray();
        _learningRate = learningRate;
        _beta1 = beta1;
        _beta2 = beta2;
        _beta1Scalar = beta1.ToScalar();
        _oneMinusBeta1 = (1 - beta1).ToScalar();
        _beta2Scalar = beta2.ToScalar();
        _oneMinusBeta2 = (1 - beta2).ToScalar();
        _epsilon = epsilon.ToScalar();

        // The moments live as long as the optimizer, whatever dispose scope it was made in.
        _firstMoments = _parameters.Select(p => zeros_like(p).DetachFromDisposeScope()).ToArray();
        _secondMoments = _parameters.Select(p => zeros_like(p).DetachFromDisposeScope()).ToArray();
    }

    /// <summary>Sets every parameter's gradient to zero, in place, before the next backward pass.</summary>
    public void ZeroGrad()
    {
        using var scope = NewDisposeScope();
        foreach (Tensor parameter in _parameters)
        {
            parameter.grad?.zero_();
        }
    }

    /// <summary>One Adam step on every parameter that has a gradient.</summary>
    public void Step()
    {
        using var noGrad = no_grad();
        using var scope = NewDisposeScope();
        _steps++;
        double biasCorrection1 = 1 - Math.Pow(_beta1, _steps);
        double biasCorrection2 = 1 - Math.Pow(_beta2, _steps);
        using Scalar biasCorrection2Root = Math.Sqrt(biasCorrection2).ToScalar();
        using Scalar negativeStepSize = (-(_learningRate / biasCorrection1)).ToScalar();
        for (int i = 0; i < _parameters.Length; i++)
        {
            Tensor? grad = _parameters[i].grad;
            if (grad is null)
            {
                continue;
            }

            // m ← β₁m + (1 − β₁)g; v ← β₂v + (1 − β₂)g²; θ ← θ − (lr / (1 − β₁ᵗ)) · m / (√v / √(1 − β₂ᵗ) + ε)
            _firstMoments[i].mul_(_beta1Scalar).add_(grad, _oneMinusBeta1);
            _secondMoments[i].mul_(_beta2Scalar).addcmul_(grad, grad, _oneMinusBeta2);
            Tensor denominator = _secondMoments[i].sqrt().div(biasCorrection2Root).add_(_epsilon, TorchScalars.One);
            _parameters[i].addcdiv_(_firstMoments[i], denominator, negativeStepSize);
        }
    }

    public void Dispose()
    {
        foreach (Tensor moment in _firstMoments.Concat(_secondMoments))
        {
            moment.Dispose();
        }

        _beta1Scalar.Dispose();
        _oneMinusBeta1.Dispose();
        _beta2Scalar.Dispose();
        _oneMinusBeta2.Dispose();
        _epsilon.Dispose();
    }
}
