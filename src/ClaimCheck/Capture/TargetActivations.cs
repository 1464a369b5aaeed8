using ClaimCheck.Targets;

namespace ClaimCheck.Capture;

/// <summary>
/// An audit target's activation cache: one <see cref="ActivationStore"/> per target, made on first use and shared by
/// every claim on it. The target is defined below capture, so capture gives it this view.
/// </summary>
public static class TargetActivations
{
    extension(AuditTarget target)
    {
        /// <summary>The shared activation cache of this target (exploration tools read layers through it too).</summary>
        public ActivationStore Activations => target.Shared(t => new ActivationStore(t));
    }
}
