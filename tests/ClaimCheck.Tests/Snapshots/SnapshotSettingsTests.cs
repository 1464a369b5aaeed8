using ClaimCheck.Diagnostics;
using ClaimCheck.Snapshots;
using NUnit.Framework;

namespace ClaimCheck.Tests.Snapshots;

public class SnapshotSettingsTests
{
    private static SnapshotSettings From(string? accept, string? ci) =>
        SnapshotSettings.FromEnvironment(name => name switch
        {
            "CLAIMCHECK_ACCEPT" => accept,
            "CI" => ci,
            _ => null,
        });

    [TestCase("1", true)]
    [TestCase("true", true)]
    [TestCase("TRUE", true)]
    [TestCase(" True ", true)]
    [TestCase("0", false)]
    [TestCase("false", false)]
    [TestCase("yes", false)]
    [TestCase("", false)]
    [TestCase(null, false)]
    public void Accept_is_read_from_CLAIMCHECK_ACCEPT(string? value, bool expected)
    {
        Assert.That(From(value, null).Accept, Is.EqualTo(expected));
    }

    [TestCase("true", true)]
    [TestCase("True", true)]
    [TestCase("1", true)]
    [TestCase("false", false)]
    [TestCase(null, false)]
    public void IsCi_is_read_from_CI(string? value, bool expected)
    {
        Assert.That(From(null, value).IsCi, Is.EqualTo(expected));
    }

    [Test]
    public void The_default_tolerance_lets_one_last_digit_flip_pass()
    {
        Assert.That(new SnapshotSettings().NumberTolerance, Is.EqualTo(0.011));
    }

    [TestCase(-0.1)]
    [TestCase(double.NaN)]
    [TestCase(double.PositiveInfinity)]
    public void A_negative_or_non_finite_tolerance_is_refused_with_CLM4101(double tolerance)
    {
        ClaimCheckException? ex = Assert.Throws<ClaimCheckException>(() => _ = new SnapshotSettings { NumberTolerance = tolerance });

        Assert.That(ex!.Diagnostic.Id, Is.EqualTo(DiagnosticIds.SettingOutOfRange));
    }
}
