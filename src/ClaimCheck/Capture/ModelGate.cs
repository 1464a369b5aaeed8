using System.Runtime.CompilerServices;

namespace ClaimCheck.Capture;

/// <summary>
/// One lock per model object, taken by every forward pass that hooks the model (split captures, edit scoring,
/// ablations): a hook sees every pass of the shared model, so two hooked passes must not run at once (claims of a run
/// may be evaluated in parallel).
/// </summary>
internal static class ModelGate
{
    private static readonly ConditionalWeakTable<object, object> Gates = new();

    /// <summary>The lock object of <paramref name="model"/>, the same one for every caller.</summary>
    public static object For(object model) => Gates.GetValue(model, _ => new object());
}
