using System.CommandLine;
using ClaimCheck.Claims;
using ClaimCheck.Cli.Inputs;
using ClaimCheck.Cli.Output;
using ClaimCheck.Cli.Subjects;
using ClaimCheck.Cli.Targets;
using ClaimCheck.Exploration;
using ClaimCheck.Running;
using ClaimCheck.Targets;
using Spectre.Console;

namespace ClaimCheck.Cli.Commands;

/// <summary>
/// <c>claimcheck explain LAYER UNIT</c> (or <c>--direction NAME</c>): what a subject of an audit target responds to,
/// before a claim is written about it. The figures come from the core (<see cref="SubjectExplorer"/>); this only prints.
/// </summary>
internal static class ExplainCommand
{
    public static Command Create(CliContext context)
    {
        var layer = new Argument<string>("LAYER") { Description = "The layer's module path, e.g. bottleneck or features.conv2." };
        IReadOnlyList<IExplainSubject> kinds = ExplainSubjects.All();
        var assembly = new Option<string>("--assembly", "-a")
        {
            Description = "The claim project, a folder with one, or a built assembly that holds (or references) the audit target. Default: the current folder.",
            DefaultValueFactory = _ => ".",
        };
        var target = new Option<string>("--target", "-t") { Description = "The audit target type (simple or full name); needed when the assembly offers several." };
        var reduction = new Option<Reduction>("--reduction") { Description = "How a unit's positions (a spatial map, a window of tokens) are reduced: Max, Mean or Last (the window's last position, for token-level claims).", DefaultValueFactory = _ => Reduction.Max };
        var split = new Option<string>("--split") { Description = "The split to list top-activating examples from (default: the first held-out split)." };
        var top = new Option<int>("--top") { Description = "How many top-activating examples to list.", DefaultValueFactory = _ => new ExplainSettings().TopExamples };
        var seed = new Option<ulong>("--seed") { Description = "The seed of the null's random directions.", DefaultValueFactory = _ => ClaimDefinition.DefaultSeed };
        var noBuild = new Option<bool>("--no-build") { Description = "Do not build the project first (it must be built in Release)." };

        var command = new Command("explain", "Rank the concepts a unit or direction responds to (held-out AUROC, 95% intervals, null p) and list its top examples.")
        {
            layer, assembly, target, reduction, split, top, seed, noBuild,
        };
        foreach (Symbol symbol in kinds.SelectMany(k => k.Symbols))
        {
            switch (symbol)
            {
                case Argument argument:
                    command.Add(argument);
                    break;
                case Option option:
                    command.Add(option);
                    break;
            }
        }

        command.SetAction(async (parsed, cancellation) =>
        {
            IExplainSubject[] chosen = kinds.Where(k => k.IsChosen(parsed)).ToArray();
            if (chosen.Length != 1)
            {
                DiagnosticOutput.Usage(context.Console, $"explain needs exactly one subject: {string.Join(", or ", kinds.Select(k => k.Usage))}");
                return ExitCodes.BadInput;
            }

            Subject subject = chosen[0].Build(parsed.GetValue(layer)!, parsed.GetValue(reduction), parsed);
            var settings = new ExplainSettings { TopExamples = parsed.GetValue(top), ExamplesSplit = parsed.GetValue(split), Seed = parsed.GetValue(seed) };
            ClaimInput input = ClaimInput.Resolve(parsed.GetValue(assembly)!, context);
            string path = await ProjectBuild.AssemblyOfAsync(input, parsed.GetValue(noBuild), context, cancellation).ConfigureAwait(false);
            Type targetType = AuditTargetLocator.Find(ClaimAssemblyLoader.Load(path), parsed.GetValue(target));
            SubjectExplanation explanation = context.Console.Status().Start($"Building {targetType.Name} and scoring {subject.Describe()}", _ =>
            {
                AuditTarget built = AuditTargets.Get(targetType);
                return SubjectExplorer.Explain(built, subject, settings);
            });
            ExplanationView.Write(context.Console, explanation, targetType);
            return ExitCodes.Success;
        });
        return command;
    }
}
