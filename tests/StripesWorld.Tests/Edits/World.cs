using NUnit.Framework;

namespace StripesWorld.Tests.Edits;

/// <summary>One stripes world for the whole test assembly: building it renders 4000 scenes and fits a probe.</summary>
[SetUpFixture]
public sealed class World
{
    private static StripesWorldTarget? _target;

    /// <summary>The shared world.</summary>
    public static StripesWorldTarget Target => _target ?? throw new InvalidOperationException("the world is built in OneTimeSetUp");

    [OneTimeSetUp]
    public void Build() => _target = new StripesWorldTarget();

    [OneTimeTearDown]
    public void Release() => _target?.Dispose();
}
