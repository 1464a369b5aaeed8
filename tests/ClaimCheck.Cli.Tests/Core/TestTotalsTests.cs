using ClaimCheck.Cli.Tests.Support;
using NUnit.Framework;

namespace ClaimCheck.Cli.Tests.Core;

/// <summary>
/// What a plain <c>dotnet test</c> of a claim project counts (the line CI jobs read): every claim is a test in the
/// totals, an inconclusive one as skipped, and a project whose claims are all bad input fails instead of ending green
/// with nothing counted (docs/outcomes.md).
/// </summary>
public class TestTotalsTests
{
    [Test]
    public async Task An_inconclusive_claim_is_counted_in_the_totals_as_skipped()
    {
        using var results = new TemporaryFolder();

        DotnetTest run = await DotnetTest.Of("ClaimCheck.Cli.Claims.InconclusiveClaims", results.Path);

        Assert.That(run.Totals, Is.EqualTo((Failed: 0, Passed: 1, Skipped: 1, Total: 2)), run.ToString());
        Assert.That(run.ExitCode, Is.EqualTo(0), "an inconclusive claim is not a failure");
    }

    [Test]
    public async Task A_project_whose_claims_are_all_bad_input_fails_every_claim()
    {
        using var results = new TemporaryFolder();

        DotnetTest run = await DotnetTest.Of("ClaimCheck.Cli.Claims.BadInputClaims", results.Path);

        Assert.That(run.Totals, Is.EqualTo((Failed: 2, Passed: 0, Skipped: 0, Total: 2)), run.ToString());
        Assert.That(run.ExitCode, Is.Not.EqualTo(0), "bad input must never end a run green");
        Assert.That(run.Output, Does.Contain("error CLM5001:").And.Contain("error CLM5008:"));
    }
}
