using System.Globalization;

namespace ClaimCheck.Validity.Sequences;

/// <summary>
/// <c>dotnet run -c Release --project tests/ClaimCheck.Validity -- sequences [claims-per-setting [resamples]]</c>: the
/// sequence study at the statistics level (docs/dependence.md); defaults 400 claims per setting, 1000 resamples.
/// </summary>
internal static class SequenceCommand
{
    /// <summary>
    /// <c>-- sequence-claims [claims-per-setting]</c>: the same data through the claim engine (<see cref="ClaimStudy"/>),
    /// verdicts with documents named and with tokens as independent; default 200 claims per setting.
    /// </summary>
    public static int RunClaims(string[] args)
    {
        int claims = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 200;
        if (claims < 1)
        {
            Console.Error.WriteLine("claims per setting must be positive");
            return 2;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"sequence claims study: {claims} claims per setting through the claim engine, root seed {SequenceStudy.RootSeed}"));
        (IReadOnlyList<ClaimOutcome> outcomes, TimeSpan elapsed) = ClaimStudy.Run(ClaimSetting.All, claims, line => Console.WriteLine("  " + line));
        Console.WriteLine();
        Console.WriteLine(ClaimReport.Write(outcomes));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{outcomes.Count} claims, each run twice, in {elapsed.TotalSeconds:0.0} s"));
        return 0;
    }

    /// <summary>Runs the study and prints its tables; returns the exit code.</summary>
    public static int Run(string[] args)
    {
        int claims = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 400;
        int resamples = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1000;
        if (claims < 1 || resamples < 1)
        {
            Console.Error.WriteLine("claims per setting and resamples must be positive");
            return 2;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"sequence study: {claims} claims per setting, {resamples} bootstrap resamples, root seed {SequenceStudy.RootSeed}"));
        (IReadOnlyList<SequenceOutcome> outcomes, TimeSpan elapsed) = SequenceStudy.Run(
            SequenceStudy.FullSettings, claims, resamples, line => Console.WriteLine("  " + line));
        Console.WriteLine();
        Console.WriteLine(SequenceReport.Write(new SequenceFigures(outcomes)));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{outcomes.Count} claims in {elapsed.TotalSeconds:0.0} s"));
        return 0;
    }
}
