// The validity study, run as:
//   dotnet run -c Release --project tests/ClaimCheck.Validity [-- nulls-per-setting [random-networks [planted-targets]]]
// Defaults: the full study (StudyBudget.Full). Prints progress, the confusion and calibration tables (Markdown) and run times.
using System.Globalization;
using ClaimCheck.Claims;
using ClaimCheck.Validity.Report;
using ClaimCheck.Validity.Settings;
using ClaimCheck.Validity.Study;

StudyBudget full = StudyBudget.Full;
int Arg(int index, int fallback) => args.Length > index ? int.Parse(args[index], CultureInfo.InvariantCulture) : fallback;
var budget = new StudyBudget(Arg(0, full.NullClaimsPerSetting), Arg(1, full.RandomNetworks), Arg(2, full.PlantedTargets));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"validity study: {budget.NullClaimsPerSetting} null claims per setting over {budget.RandomNetworks} random networks, {budget.PlantedTargets} planted targets; root seed {StudyBudget.RootSeed}; threads {TorchSharp.torch.get_num_threads()}; device {ClaimCheck.Targets.DeviceChoice.Current.type}"));
(IReadOnlyList<StudyOutcome> outcomes, TimeSpan elapsed) = StudyRunner.Run(
    NullSettings.Batches(budget).Concat(PlantedSettings.Batches(budget)), line => Console.WriteLine("  " + line));
Console.WriteLine();
Console.WriteLine(StudyReport.Write(new StudyFigures(outcomes), new HeldOutSpec().Alpha));
Console.WriteLine("## Claims whose verdict is not the one their construction calls for (first 40)");
Console.WriteLine();
Console.WriteLine(SurprisingOutcomes.Write(outcomes, 40));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{outcomes.Count} claims in {elapsed.TotalSeconds:0.0} s"));
return 0;
