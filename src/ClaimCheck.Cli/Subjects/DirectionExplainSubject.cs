using System.CommandLine;
using ClaimCheck.Claims;

namespace ClaimCheck.Cli.Subjects;

/// <summary>A direction the audit target provides by name: <c>explain LAYER --direction NAME</c>.</summary>
internal sealed class DirectionExplainSubject : IExplainSubject
{
    private readonly Option<string> _direction = new("--direction")
    {
        Description = "Explain the audit target's direction of this name in the layer (a probe, a concept vector...) instead of a unit.",
    };

    public IEnumerable<Symbol> Symbols => [_direction];

    public string Usage => "--direction NAME";

    public bool IsChosen(ParseResult parsed) => !string.IsNullOrEmpty(parsed.GetValue(_direction));

    public Subject Build(string layer, Reduction reduction, ParseResult parsed) => new DirectionSubject(layer, parsed.GetValue(_direction)!, reduction);
}
