using ClaimCheck.NUnit;
using NUnit.Framework;

/// <summary>
/// Starts the GC-stress mode (<c>CLAIMCHECK_GC_STRESS=1</c>) before the first test: many tests here touch nothing of
/// ClaimCheck.NUnit, so its own start, when it loads, could come after them.
/// </summary>
[SetUpFixture]
public sealed class GcStressSetUp
{
    [OneTimeSetUp]
    public void Start() => GcStress.StartIfRequested();
}
