using ClaimCheck.Claims;
using ClaimCheck.Diagnostics;
using ClaimCheck.Dictionaries;
using ClaimCheck.Targets;

namespace ClaimCheck.Evidence;

/// <summary>Checks that a sparse autoencoder belongs to a layer of a target's model before its latents are read.</summary>
internal static class AutoencoderFit
{
    /// <summary>
    /// CLM5042 when <paramref name="autoencoder"/> was trained on another layer, width or reduction; CLM5044 when on
    /// another model's activations (its recorded fingerprint differs from the target's).
    /// </summary>
    public static void Require(SparseAutoencoder autoencoder, string name, AuditTarget target, string layer, Reduction reduction, int units)
    {
        if (autoencoder.Layer != layer)
        {
            throw new ClaimCheckException(DiagnosticIds.AutoencoderDoesNotFitLayer,
                $"sparse autoencoder '{name}' was trained on layer '{autoencoder.Layer}', not '{layer}'");
        }

        if (autoencoder.Reduction != reduction)
        {
            throw new ClaimCheckException(DiagnosticIds.AutoencoderDoesNotFitLayer,
                $"sparse autoencoder '{name}' was trained on '{layer}' reduced by {autoencoder.Reduction.ToString().ToLowerInvariant()}, but the claim reduces it by {reduction.ToString().ToLowerInvariant()}");
        }

        if (autoencoder.InputSize != units)
        {
            throw new ClaimCheckException(DiagnosticIds.AutoencoderDoesNotFitLayer,
                $"sparse autoencoder '{name}' takes {autoencoder.InputSize} inputs but layer '{layer}' has {units} units");
        }

        if (autoencoder.ModelFingerprint is { } trainedOn && trainedOn != target.ModelFingerprint)
        {
            throw new ClaimCheckException(DiagnosticIds.AutoencoderFromAnotherModel,
                $"sparse autoencoder '{name}' was trained on the activations of model {trainedOn}, but the model of '{target.Name}' is {target.ModelFingerprint}; retrain the autoencoder on this model");
        }
    }
}
