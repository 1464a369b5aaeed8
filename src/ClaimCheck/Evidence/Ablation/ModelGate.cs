using System.Runtime.CompilerServices;

namespace ClaimCheck.Evidence.Ablation;

/// <summary>
/// One lock per model object: an ablation's hooks see every forward pass of the shared model, so two ablations on
/// the same model must not run at once (claims of a run may be evaluated in parallel).
/// </summary>
internal static class ModelGate
{
    private static readonly ConditionalWeakTable<object, object> Gates = new();

    /// <summary>The lock object of <paramref name="model"/>, the same one for every caller.</summary>
    public static object For(object model) => Gates.GetValue(model, _ => new object());
}
