using System.CommandLine;

namespace ClaimCheck.Cli.Commands;

/// <summary>Arguments several commands share, spelled the same everywhere.</summary>
internal static class CommonOptions
{
    /// <summary>The claim project, folder or assembly; the current folder when left out.</summary>
    public static Argument<string> InputArgument(string description) => new("PATH")
    {
        Description = description + " Default: the current folder.",
        DefaultValueFactory = _ => ".",
        Arity = ArgumentArity.ZeroOrOne,
    };
}
