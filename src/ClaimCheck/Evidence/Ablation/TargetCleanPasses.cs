using ClaimCheck.Targets;

namespace ClaimCheck.Evidence.Ablation;

/// <summary>The clean forward passes an audit target's ablations share: one <see cref="CleanPassCache"/> per target, disposed with it.</summary>
internal static class TargetCleanPasses
{
    extension(AuditTarget target)
    {
        /// <summary>The target's cache of clean passes (see <see cref="CleanPassCache"/>); tests replace it.</summary>
        public CleanPassCache CleanPasses
        {
            get => target.Shared(_ => new CleanPassCache());
            set => target.ReplaceShared(value);
        }
    }
}
