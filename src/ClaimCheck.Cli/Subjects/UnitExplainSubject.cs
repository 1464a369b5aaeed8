using System.CommandLine;
using ClaimCheck.Claims;

namespace ClaimCheck.Cli.Subjects;

/// <summary>A unit of the layer: <c>explain LAYER UNIT</c>.</summary>
internal sealed class UnitExplainSubject : IExplainSubject
{
    private readonly Argument<int?> _unit = new("UNIT")
    {
        Description = "The unit's index in the layer (0-based).",
        Arity = ArgumentArity.ZeroOrOne,
    };

    public IEnumerable<Symbol> Symbols => [_unit];

    public string Usage => "a UNIT index";

    public bool IsChosen(ParseResult parsed) => parsed.GetValue(_unit) is not null;

    public Subject Build(string layer, Reduction reduction, ParseResult parsed) => new UnitSubject(layer, parsed.GetValue(_unit)!.Value, reduction);
}
