using NUnit.Framework;

namespace FashionMnist.Tests;

/// <summary>One Fashion-MNIST world per test run (reading the data and building the splits takes a few seconds).</summary>
[SetUpFixture]
public sealed class World
{
    private static FashionMnistTarget? _target;

    public static FashionMnistTarget Target => _target ??= new FashionMnistTarget();

    [OneTimeTearDown]
    public void Dispose()
    {
        _target?.Dispose();
        _target = null;
    }
}
