using NUnit.Framework;

namespace FashionMnist.Tests;

/// <summary>One Fashion-MNIST world (and one prints world) per test run (reading the data and building the splits takes a few seconds).</summary>
[SetUpFixture]
public sealed class World
{
    private static FashionMnistTarget? _target;
    private static FashionPrintsTarget? _prints;

    public static FashionMnistTarget Target => _target ??= new FashionMnistTarget();

    /// <summary>The prints world (same network and images, stripes printed on half of each class).</summary>
    public static FashionPrintsTarget Prints => _prints ??= new FashionPrintsTarget();

    [OneTimeTearDown]
    public void Dispose()
    {
        _target?.Dispose();
        _target = null;
        _prints?.Dispose();
        _prints = null;
    }
}
