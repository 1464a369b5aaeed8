using System.CommandLine;
using ClaimCheck.Claims;

namespace ClaimCheck.Cli.Subjects;

/// <summary>
/// One kind of subject <c>claimcheck explain</c> can take (a unit, a named direction...). A new kind, such as an SAE
/// latent, implements this and joins <see cref="ExplainSubjects.All"/>: it brings its own arguments and options,
/// says when the command line chose it, and builds the core's <see cref="Subject"/>, which the core then scores.
/// </summary>
internal interface IExplainSubject
{
    /// <summary>The arguments and options this kind adds to the command.</summary>
    IEnumerable<Symbol> Symbols { get; }

    /// <summary>How to ask for this kind, for the message when none or several are asked for.</summary>
    string Usage { get; }

    /// <summary>Whether the command line asks for this kind.</summary>
    bool IsChosen(ParseResult parsed);

    /// <summary>The subject in <paramref name="layer"/>.</summary>
    Subject Build(string layer, Reduction reduction, ParseResult parsed);
}
