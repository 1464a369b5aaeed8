// The validity study, run as:
//   dotnet run -c Release --project tests/ClaimCheck.Validity [-- nulls-per-setting [random-networks [planted-targets [part]]]]
// part: "all" (default), "means" (the held-out claims only), "drives" (the ablation claims only) or "steering" (the
// steering claims only; a fifth argument "without-stripes" leaves out the trained stripes world's random directions,
// the slowest steering setting).
// Defaults: the full study (StudyBudget.Full). Prints progress, the confusion and calibration tables (Markdown) of the
// held-out (Means) claims, then of the ablation (Drives) claims, and run times.
// The sequence study (statistics only, docs/dependence.md) is its own command:
//   dotnet run -c Release --project tests/ClaimCheck.Validity -- sequences [claims-per-setting [resamples]]
// and the same data as claims through the claim engine (docs/validity.md):
//   dotnet run -c Release --project tests/ClaimCheck.Validity -- sequence-claims [claims-per-setting]
using System.Globalization;
using ClaimCheck.Claims;
using ClaimCheck.Evidence.Ablation;
using ClaimCheck.Evidence.HeldOut;
using ClaimCheck.Validity.Report;
using ClaimCheck.Validity.Settings;
using ClaimCheck.Validity.Study;

if (args.Length > 0 && args[0] == "sequence-claims")
{
    return ClaimCheck.Validity.Sequences.SequenceCommand.RunClaims(args[1..]);
}

if (args.Length > 0 && args[0] == "sequences")
{
    return ClaimCheck.Validity.Sequences.SequenceCommand.Run(args[1..]);
}

StudyBudget full = StudyBudget.Full;
int Arg(int index, int fallback) => args.Length > index ? int.Parse(args[index], CultureInfo.InvariantCulture) : fallback;
var budget = new StudyBudget(Arg(0, full.NullClaimsPerSetting), Arg(1, full.RandomNetworks), Arg(2, full.PlantedTargets));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"validity study ({(args.Length > 3 ? args[3] : "all")}): {budget.NullClaimsPerSetting} null claims per setting over {budget.RandomNetworks} random networks, {budget.PlantedTargets} planted targets; root seed {StudyBudget.RootSeed}; threads {TorchSharp.torch.get_num_threads()}; device {ClaimCheck.Targets.DeviceChoice.Current.type}"));
string part = args.Length > 3 ? args[3] : "all";
if (part is not ("all" or "means" or "drives" or "steering"))
{
    Console.Error.WriteLine($"unknown part '{part}': all, means, drives or steering");
    return 2;
}

if (part == "steering")
{
    bool withoutStripes = args.Length > 4 && args[4] == "without-stripes";
    return SteeringPart(withoutStripes ? budget with { Settings = [.. SteeringStudySettings.All.Where(s => s != SteeringStudySettings.StripesRandomDirections)] } : budget);
}

IEnumerable<StudyBatch> means = part == "drives" ? [] : NullSettings.Batches(budget).Concat(PlantedSettings.Batches(budget));
IEnumerable<StudyBatch> drives = part == "means" ? [] : AblationNullSettings.Batches(budget).Concat(AblationPlantedSettings.Batches(budget));
(IReadOnlyList<StudyOutcome> outcomes, TimeSpan elapsed) = StudyRunner.Run(means.Concat(drives),
    line => Console.WriteLine("  " + line));
Console.WriteLine();
Console.WriteLine(StudyReport.Write(StudyFigures.HeldOutClaims(outcomes), new HeldOutSettings().Alpha));
Console.WriteLine(AblationReport.Write(StudyFigures.AblationClaims(outcomes), new AblationSettings { Readout = "any" }.Alpha, AblationNullSettings.Exchangeable));
Console.WriteLine("## Claims whose verdict is not the one their construction calls for (first 40)");
Console.WriteLine();
Console.WriteLine(SurprisingOutcomes.Write(outcomes.Where(o => !o.Claim.ByAblation), 40));
Console.WriteLine("## Ablation claims whose verdict is not the one their construction calls for (first 40)");
Console.WriteLine();
Console.WriteLine(SurprisingOutcomes.Write(outcomes.Where(o => o.Claim.ByAblation), 40));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{outcomes.Count} claims in {elapsed.TotalSeconds:0.0} s"));
return part == "all" ? SteeringPart(budget) : 0;

// The steering claims: judged by the steering engine and its rules directly (SteeringStudy).
static int SteeringPart(StudyBudget budget)
{
    (IReadOnlyList<SteeringOutcome> steering, TimeSpan steeringElapsed) = SteeringStudy.Run(SteeringStudySettings.Batches(budget),
        line => Console.WriteLine("  " + line));
    Console.WriteLine();
    double alpha = new ClaimCheck.Evidence.Steering.SteeringSettings().Alpha;
    Console.WriteLine(SteeringReport.Write(steering, SteeringStudySettings.All, alpha));
    Console.WriteLine("## Steering claims whose verdict is not the one their construction calls for (first 40)");
    Console.WriteLine();
    foreach (SteeringOutcome o in steering.Where(o => (o.Claim.Truth == SteeringTruth.Steers) != (o.Verdict == ClaimCheck.Verdicts.Verdict.Holds)).Take(40))
    {
        Console.WriteLine($"- {o.Claim.Setting}: {o.Verdict}: {o.Evidence}");
    }

    Console.WriteLine();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{steering.Count} steering claims in {steeringElapsed.TotalSeconds:0.0} s"));
    return 0;
}
