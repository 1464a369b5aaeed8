using ClaimCheck.Capture;
using ClaimCheck.Targets;

namespace ClaimCheck.Tests.Fixtures;

/// <summary>For tests of the in-memory tier: counts of capture passes must not depend on what other tests stored on disk.</summary>
internal static class InMemoryOnly
{
    /// <summary>Turns the store on disk off for <paramref name="target"/>; returns it.</summary>
    public static T WithoutDiskStore<T>(this T target)
        where T : AuditTarget
    {
        target.Activations.UseDisk(null);
        return target;
    }
}
