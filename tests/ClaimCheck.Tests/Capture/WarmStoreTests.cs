using ClaimCheck.Capture;
using ClaimCheck.Capture.Disk;
using ClaimCheck.Claims;
using ClaimCheck.Reports;
using ClaimCheck.Running;
using ClaimCheck.Tests.Fixtures;
using NUnit.Framework;

namespace ClaimCheck.Tests.Capture;

/// <summary>A warm store: a second target over the same weights and data, as a second process would build, runs claims without capturing.</summary>
public class WarmStoreTests
{
    [Test]
    public void A_second_target_runs_claims_with_zero_capture_passes_and_the_same_verdict_documents()
    {
        using var folder = new StoreFolder();
        ClaimDefinition[] claims = [PlantedClaim.Unit(1), PlantedClaim.Direction("a-axis"), PlantedClaim.Unit(2, concept: "b")];
        using PlantedTarget first = folder.Attach(new PlantedTarget());
        string[] cold = [.. claims.Select(c => VerdictDocument.Build(ClaimRunner.Run(first, c), fullPrecision: true).ToJsonString())];
        Assert.That(first.Activations.CapturePasses, Is.EqualTo(2), "discovery and held-out, captured once");

        using PlantedTarget second = folder.Attach(new PlantedTarget());
        string[] warm = [.. claims.Select(c => VerdictDocument.Build(ClaimRunner.Run(second, c), fullPrecision: true).ToJsonString())];

        Assert.That(second.Activations.CapturePasses, Is.EqualTo(0));
        Assert.That(second.Activations.DiskLoads, Is.EqualTo(2));
        Assert.That(warm, Is.EqualTo(cold));
        Assert.That(folder.Reported, Is.Empty);
    }

    [Test]
    public void Targets_use_the_folder_the_setting_names()
    {
        string? setting = Environment.GetEnvironmentVariable(ActivationCacheSetting.EnvironmentVariable);
        Assume.That(setting, Is.Not.EqualTo(ActivationCacheSetting.Off).IgnoreCase, "the suite runs with the store on disk off");
        using var target = new PlantedTarget();

        Assert.That(target.Activations.DiskFolder, Is.EqualTo(Path.GetFullPath(setting!)));
    }
}
