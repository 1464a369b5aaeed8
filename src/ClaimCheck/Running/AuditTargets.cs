using System.Collections.Concurrent;
using System.Reflection;
using ClaimCheck.Diagnostics;
using ClaimCheck.Targets;

namespace ClaimCheck.Running;

/// <summary>Builds each audit target type once per process and shares it among every claim on it.</summary>
public static class AuditTargets
{
    private static readonly ConcurrentDictionary<Type, Lazy<AuditTarget>> Built = new();

    /// <summary>The shared instance of <paramref name="targetType"/>; CLM5011 when it cannot be built.</summary>
    public static AuditTarget Get(Type targetType)
    {
        ArgumentNullException.ThrowIfNull(targetType);
        // The Lazy keeps a construction failure, so a broken target is reported once per claim, not rebuilt per claim.
        Lazy<AuditTarget> entry = Built.GetOrAdd(targetType, t => new Lazy<AuditTarget>(() => Build(t), LazyThreadSafetyMode.ExecutionAndPublication));
        return entry.Value;
    }

    private static AuditTarget Build(Type targetType)
    {
        try
        {
            var target = (AuditTarget)Activator.CreateInstance(targetType)!;
            target.Prepare();
            return target;
        }
        catch (TargetInvocationException e) when (e.InnerException is ClaimCheckException inner)
        {
            throw inner;
        }
        catch (Exception e) when (e is not ClaimCheckException)
        {
            // Construction (weights, data) and preparation (moving to the device) both count as building the target.
            Exception cause = e is TargetInvocationException { InnerException: { } inner } ? inner : e;
            string why = TorchSharpNativeFailure.Explain(cause, Path.GetDirectoryName(targetType.Assembly.Location) is { Length: > 0 } folder ? folder : AppContext.BaseDirectory)
                ?? $"{cause.GetType().Name}: {cause.Message}";
            throw new ClaimCheckException(DiagnosticIds.AuditTargetFailed, $"the audit target '{targetType.Name}' could not be built: {why}", cause);
        }
    }
}
