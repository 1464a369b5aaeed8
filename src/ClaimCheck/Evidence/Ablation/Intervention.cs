using ClaimCheck.Torch;
using static TorchSharp.torch;

namespace ClaimCheck.Evidence.Ablation;

/// <summary>
/// The ablation as whole-batch tensor operations: given a batch's layer output h [B, C, ...] and G rows (unit masks,
/// unit directions, or a latent's decoder row and its null directions, [G, C]), the G ablated outputs stacked along
/// the batch dimension, [G·B, C, ...]. The subject is a single row; the null is many; both take exactly the same
/// arithmetic.
/// </summary>
internal sealed class Intervention
{
    private readonly AblationKind _kind;
    private readonly bool _onDirections;
    private readonly Tensor? _mean;
    private readonly LatentShift? _latent;

    /// <param name="kind">The ablation.</param>
    /// <param name="onDirections">Whether rows are directions (else unit masks).</param>
    /// <param name="mean">For <see cref="AblationKind.Mean"/> on units or directions: the layer's mean output over the reference split, [C, ...].</param>
    /// <param name="latent">For a latent subject: how far each example moves along the rows (then rows are the latent's decoder row and null directions of its norm).</param>
    public Intervention(AblationKind kind, bool onDirections, Tensor? mean, LatentShift? latent = null)
    {
        _kind = kind;
        _onDirections = onDirections;
        _mean = mean;
        _latent = latent;
    }

    /// <summary>The ablated layer outputs, [G·B, C, ...], row g·B + i being row g applied to example i.</summary>
    /// <param name="layer">The clean layer output of the batch, [B, C, ...].</param>
    /// <param name="source">The layer output on each example's source input (Resample, Patch), [B, C, ...], else null.</param>
    /// <param name="rows">G unit masks (0/1) or G unit-norm directions, [G, C].</param>
    public Tensor Apply(Tensor layer, Tensor? source, Tensor rows)
    {
        long g = rows.shape[0];
        long[] stackedShape = [g * layer.shape[0], .. layer.shape.Skip(1)];
        Tensor ablated = _latent is not null ? ByLatent(layer, rows) : _onDirections ? AlongDirections(layer, source, rows) : OnUnits(layer, source, rows);
        return ablated.reshape(stackedShape);
    }

    /// <summary>h' = h + (t − f_j(h))·row for a [B, C] layer: the latent set to t, measured along each row.</summary>
    private Tensor ByLatent(Tensor layer, Tensor rows)
    {
        Tensor shift = _latent!.Coefficients(layer);                     // [B]
        return layer.unsqueeze(0).add(shift.reshape(1, -1, 1) * rows.unsqueeze(1), TorchScalars.One); // [G, B, C]
    }

    /// <summary>Replaces the masked units by 0, the reference mean or the source's values; every other unit is kept bit for bit.</summary>
    private Tensor OnUnits(Tensor layer, Tensor? source, Tensor rows)
    {
        // Mask [G, 1, C, 1, ...] against values [1, B, C, ...]: where() broadcasts to [G, B, C, ...].
        long[] maskShape = [rows.shape[0], 1, rows.shape[1], .. Enumerable.Repeat(1L, (int)layer.dim() - 2)];
        Tensor mask = rows.reshape(maskShape).to_type(ScalarType.Bool);
        Tensor replacement = _kind switch
        {
            AblationKind.Zero => zeros(1, dtype: layer.dtype, device: layer.device),
            AblationKind.Mean => _mean!.unsqueeze(0).unsqueeze(0),
            AblationKind.Resample => source!.unsqueeze(0),
            _ => throw new InvalidOperationException($"{_kind} does not act on units"),
        };

        return where(mask, replacement, layer.unsqueeze(0));
    }

    /// <summary>
    /// h' = h + (t − h·d) d per position, over the channels: t = 0 removes the component (ProjectOut), t = μ·d sets it
    /// to the reference mean's (Mean), t = s·d to the source's (Patch).
    /// </summary>
    private Tensor AlongDirections(Tensor layer, Tensor? source, Tensor rows)
    {
        Tensor flat = Positions(layer);                                   // [B, C, P]
        Tensor coefficient = einsum("bcp,gc->gbp", flat, rows);           // [G, B, P]
        Tensor shift = _kind switch
        {
            AblationKind.ProjectOut => coefficient.neg(),
            AblationKind.Mean => einsum("cp,gc->gp", Positions(_mean!.unsqueeze(0)).squeeze(0), rows).unsqueeze(1) - coefficient,
            AblationKind.Patch => einsum("bcp,gc->gbp", Positions(source!), rows) - coefficient,
            _ => throw new InvalidOperationException($"{_kind} does not act on directions"),
        };

        Tensor ablated = flat.unsqueeze(0).add(shift.unsqueeze(2) * rows.unsqueeze(1).unsqueeze(3), TorchScalars.One); // [G, B, C, P]
        return ablated;
    }

    /// <summary>[B, C, ...] as [B, C, P] with P the positions of a spatial map (1 for a [B, C] layer).</summary>
    private static Tensor Positions(Tensor layer) => layer.dim() == 2 ? layer.unsqueeze(2) : layer.flatten(2);
}
