using ClaimCheck.Dictionaries;
using static TorchSharp.torch;

namespace ClaimCheck.Evidence.Ablation;

/// <summary>
/// How far a latent ablation moves each example along a row: the latent's target activation (0 for Zero, its mean over
/// the reference split for Mean) minus its activation f_j(h) on that example. With the latent's decoder row
/// d_j / s as the row, h + (t − f_j(h))·d_j / s is the layer with the latent's contribution set to t·d_j / s and
/// everything else (the other latents, the autoencoder's error) kept.
/// </summary>
internal sealed class LatentShift
{
    private readonly SparseAutoencoder _autoencoder;
    private readonly int _latent;

    // The last batch's layer output and its shifts: the subject's pass and every stacked null pass of a batch ablate the
    // same layer output, so the encoder (a CPU round trip) runs once per batch, not once per pass. Holding the
    // reference keeps a later batch's tensor from ever being taken for it.
    private Tensor? _lastLayer;
    private double[] _lastShifts = [];

    public LatentShift(SparseAutoencoder autoencoder, int latent, double targetActivation)
    {
        _autoencoder = autoencoder;
        _latent = latent;
        TargetActivation = targetActivation;
    }

    /// <summary>The activation the latent is set to.</summary>
    public double TargetActivation { get; }

    /// <summary>t − f_j(h) per example of a [B, C] layer output, [B], in the layer's dtype on its device.</summary>
    public Tensor Coefficients(Tensor layer)
    {
        if (!ReferenceEquals(layer, _lastLayer))
        {
            _lastShifts = Shifts(layer);
            _lastLayer = layer;
        }

        return tensor(_lastShifts).to_type(layer.dtype).to(layer.device);
    }

    private double[] Shifts(Tensor layer)
    {
        int rows = (int)layer.shape[0];
        float[] values;
        using (Tensor cpu = layer.to_type(ScalarType.Float32).cpu().contiguous())
        {
            values = cpu.data<float>().ToArray();
        }

        // The encoder the held-out scores come from (CPU, double accumulation), so the ablation removes exactly the
        // activation the latent's claims were scored on, whatever device the model runs on.
        float[] codes = _autoencoder.Encode(values, rows);
        double[] shifts = new double[rows];
        for (int r = 0; r < rows; r++)
        {
            shifts[r] = TargetActivation - codes[((long)r * _autoencoder.LatentCount) + _latent];
        }

        return shifts;
    }

    /// <summary>The latent's mean activation over reduced activations of a reference split, row-major [rows, units].</summary>
    public static double MeanActivation(SparseAutoencoder autoencoder, int latent, float[] activations, int rows)
    {
        float[] codes = autoencoder.Encode(activations, rows);
        double sum = 0;
        for (int r = 0; r < rows; r++)
        {
            sum += codes[((long)r * autoencoder.LatentCount) + latent];
        }

        return sum / rows;
    }
}
