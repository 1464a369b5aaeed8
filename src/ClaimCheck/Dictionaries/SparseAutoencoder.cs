using ClaimCheck.Claims;
using ClaimCheck.Diagnostics;
using ClaimCheck.Torch;
using TorchSharp;
using static TorchSharp.torch;

namespace ClaimCheck.Dictionaries;

/// <summary>
/// A trained sparse autoencoder (a ReLU dictionary with an L1 penalty) over one layer's reduced activations, the
/// model held fixed. Inputs are first normalised, z = (x − μ)·s with the training data's mean μ and one scale s
/// (so that E‖z‖² equals the layer's width); then latent j is f_j = ReLU(w_j·(z − b_dec) + b_j) and the
/// reconstruction is x̂ = μ + (b_dec + Σ_j f_j d_j) / s, with unit-norm decoder rows d_j. A latent's activation — what
/// claims about it score — is f_j; its contribution to the layer, in the layer's own units, is f_j d_j / s.
/// </summary>
/// <remarks>
/// The weights are plain float arrays and the encoder runs in plain arithmetic (double accumulation) on the CPU, so
/// a latent's scores do not depend on the device the model ran on; <see cref="Reconstruct(Tensor)"/> is the tensor
/// version for splicing the reconstruction into a forward pass.
/// </remarks>
public sealed class SparseAutoencoder
{
    private readonly float[] _inputMean;
    private readonly float[] _encoderWeights;
    private readonly float[] _encoderBias;
    private readonly float[] _decoderWeights;
    private readonly float[] _decoderBias;

    /// <summary>Creates an autoencoder from its weights; CLM5043 when a weight is not finite.</summary>
    /// <param name="layer">The layer it was trained on.</param>
    /// <param name="reduction">How that layer's spatial maps were reduced before training.</param>
    /// <param name="modelFingerprint">The fingerprint of the model whose activations it was trained on, or null when unknown.</param>
    /// <param name="inputScale">s, the normalising scale (positive).</param>
    /// <param name="inputMean">μ, [inputs].</param>
    /// <param name="encoderWeights">w, row-major [latents, inputs].</param>
    /// <param name="encoderBias">b, [latents].</param>
    /// <param name="decoderWeights">d, row-major [latents, inputs].</param>
    /// <param name="decoderBias">b_dec, [inputs].</param>
    public SparseAutoencoder(
        string layer, Reduction reduction, string? modelFingerprint, float inputScale,
        float[] inputMean, float[] encoderWeights, float[] encoderBias, float[] decoderWeights, float[] decoderBias)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(layer);
        ArgumentNullException.ThrowIfNull(inputMean);
        ArgumentNullException.ThrowIfNull(encoderWeights);
        ArgumentNullException.ThrowIfNull(encoderBias);
        ArgumentNullException.ThrowIfNull(decoderWeights);
        ArgumentNullException.ThrowIfNull(decoderBias);
        int inputs = inputMean.Length;
        int latents = encoderBias.Length;
        if (inputs == 0 || latents == 0 || encoderWeights.Length != latents * inputs
            || decoderWeights.Length != latents * inputs || decoderBias.Length != inputs)
        {
            throw new ArgumentException(
                $"weights of inconsistent shapes: mean {inputMean.Length}, encoder {encoderWeights.Length} + {encoderBias.Length}, decoder {decoderWeights.Length} + {decoderBias.Length}");
        }

        if (!float.IsFinite(inputScale) || inputScale <= 0
            || !new[] { inputMean, encoderWeights, encoderBias, decoderWeights, decoderBias }.All(a => a.All(float.IsFinite)))
        {
            throw new ClaimCheckException(DiagnosticIds.AutoencoderCorrupt,
                $"the sparse autoencoder for '{layer}' has a non-finite weight or a non-positive scale; its latents would be meaningless");
        }

        Layer = layer;
        Reduction = reduction;
        ModelFingerprint = string.IsNullOrEmpty(modelFingerprint) ? null : modelFingerprint;
        InputScale = inputScale;
        InputSize = inputs;
        LatentCount = latents;
        _inputMean = inputMean.ToArray();
        _encoderWeights = encoderWeights.ToArray();
        _encoderBias = encoderBias.ToArray();
        _decoderWeights = decoderWeights.ToArray();
        _decoderBias = decoderBias.ToArray();
    }

    /// <summary>The layer it was trained on.</summary>
    public string Layer { get; }

    /// <summary>How the layer's spatial maps were reduced before training.</summary>
    public Reduction Reduction { get; }

    /// <summary>The fingerprint of the model it was trained on (<c>AuditTarget.ModelFingerprint</c>), or null.</summary>
    public string? ModelFingerprint { get; }

    /// <summary>s, the scale of the normalised input z = (x − μ)·s.</summary>
    public float InputScale { get; }

    /// <summary>The layer's width (inputs per example).</summary>
    public int InputSize { get; }

    /// <summary>The number of latents (the dictionary's size).</summary>
    public int LatentCount { get; }

    /// <summary>μ, the training activations' mean.</summary>
    public IReadOnlyList<float> InputMean => _inputMean;

    /// <summary>Encoder weights, row-major [latents, inputs].</summary>
    public IReadOnlyList<float> EncoderWeights => _encoderWeights;

    /// <summary>Encoder bias, [latents].</summary>
    public IReadOnlyList<float> EncoderBias => _encoderBias;

    /// <summary>Decoder rows d_j (unit norm in the normalised space), row-major [latents, inputs].</summary>
    public IReadOnlyList<float> DecoderWeights => _decoderWeights;

    /// <summary>Decoder bias, [inputs], in the normalised space.</summary>
    public IReadOnlyList<float> DecoderBias => _decoderBias;

    /// <summary>The latent activations of <paramref name="rows"/> examples laid out one after another in <paramref name="inputs"/>: row-major [rows, latents].</summary>
    public float[] Encode(ReadOnlySpan<float> inputs, int rows)
    {
        if (inputs.Length != (long)rows * InputSize)
        {
            throw new ArgumentException($"{inputs.Length} values are not {rows} rows of {InputSize} inputs", nameof(inputs));
        }

        var latents = new float[(long)rows * LatentCount];
        var centred = new double[InputSize];
        for (int r = 0; r < rows; r++)
        {
            ReadOnlySpan<float> x = inputs.Slice(r * InputSize, InputSize);
            for (int i = 0; i < InputSize; i++)
            {
                centred[i] = (((double)x[i] - _inputMean[i]) * InputScale) - _decoderBias[i];
            }

            for (int j = 0; j < LatentCount; j++)
            {
                double pre = _encoderBias[j];
                int offset = j * InputSize;
                for (int i = 0; i < InputSize; i++)
                {
                    pre += _encoderWeights[offset + i] * centred[i];
                }

                latents[((long)r * LatentCount) + j] = pre > 0 ? (float)pre : 0f;
            }
        }

        return latents;
    }

    /// <summary>The reconstructions x̂ (in the layer's units) of latent activations laid out row-major [rows, latents].</summary>
    public float[] Decode(ReadOnlySpan<float> latents, int rows)
    {
        if (latents.Length != (long)rows * LatentCount)
        {
            throw new ArgumentException($"{latents.Length} values are not {rows} rows of {LatentCount} latents", nameof(latents));
        }

        var reconstruction = new float[(long)rows * InputSize];
        var sum = new double[InputSize];
        for (int r = 0; r < rows; r++)
        {
            for (int i = 0; i < InputSize; i++)
            {
                sum[i] = _decoderBias[i];
            }

            for (int j = 0; j < LatentCount; j++)
            {
                double f = latents[(r * LatentCount) + j];
                if (f == 0)
                {
                    continue;
                }

                int offset = j * InputSize;
                for (int i = 0; i < InputSize; i++)
                {
                    sum[i] += f * _decoderWeights[offset + i];
                }
            }

            for (int i = 0; i < InputSize; i++)
            {
                reconstruction[((long)r * InputSize) + i] = (float)(_inputMean[i] + (sum[i] / InputScale));
            }
        }

        return reconstruction;
    }

    /// <summary>
    /// The reconstruction of a batch of layer outputs [batch, inputs] as a tensor on the batch's device and type: what
    /// the rest of the model sees when the autoencoder is spliced in.
    /// </summary>
    public Tensor Reconstruct(Tensor layerOutput)
    {
        ArgumentNullException.ThrowIfNull(layerOutput);
        if (layerOutput.dim() != 2 || layerOutput.shape[1] != InputSize)
        {
            throw new ClaimCheckException(DiagnosticIds.AutoencoderDoesNotFitLayer,
                $"the sparse autoencoder for '{Layer}' takes [batch, {InputSize}] but the layer produced [{string.Join(", ", layerOutput.shape)}]; "
                + "splicing needs a layer whose output is one vector per example");
        }

        using var scope = NewDisposeScope();
        Device device = layerOutput.device;
        ScalarType dtype = layerOutput.dtype;
        Tensor mean = tensor(_inputMean).to(dtype).to(device);
        Tensor decoderBias = tensor(_decoderBias).to(dtype).to(device);
        Tensor encoder = tensor(_encoderWeights, [LatentCount, InputSize]).to(dtype).to(device);
        Tensor encoderBias = tensor(_encoderBias).to(dtype).to(device);
        Tensor decoder = tensor(_decoderWeights, [LatentCount, InputSize]).to(dtype).to(device);
        using Scalar inputScale = InputScale.ToScalar();
        Tensor z = (layerOutput - mean).mul(inputScale) - decoderBias;
        Tensor f = nn.functional.relu(z.matmul(encoder.t()).add(encoderBias, TorchScalars.One));
        Tensor reconstruction = mean.add(f.matmul(decoder).add(decoderBias, TorchScalars.One).div(inputScale), TorchScalars.One);
        return reconstruction.MoveToOuterDisposeScope();
    }

    /// <summary>Decoder row d_j as the layer sees it, d_j / s: the change of the layer per unit of latent j.</summary>
    public float[] Contribution(int latent)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(latent);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(latent, LatentCount);
        return _decoderWeights.AsSpan(latent * InputSize, InputSize).ToArray().Select(d => d / InputScale).ToArray();
    }
}
