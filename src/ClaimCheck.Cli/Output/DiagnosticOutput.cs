using ClaimCheck.Diagnostics;
using Spectre.Console;

namespace ClaimCheck.Cli.Output;

/// <summary>Prints diagnostics like a compiler does (<c>error CLM4201: ...</c>), coloured by severity.</summary>
internal static class DiagnosticOutput
{
    /// <summary>Prints one diagnostic on its own line.</summary>
    public static void Write(IAnsiConsole console, Diagnostic diagnostic)
    {
        string colour = diagnostic.Severity switch
        {
            Severity.Error => "red",
            Severity.Warning => "yellow",
            _ => "grey",
        };
        console.MarkupLine($"[{colour}]{Markup.Escape(diagnostic.Severity.ToString().ToLowerInvariant())} {Markup.Escape(diagnostic.Id)}[/]: {Markup.Escape(diagnostic.Message)}");
    }

    /// <summary>Prints an argument error (these have no ID: System.CommandLine finds them).</summary>
    public static void Usage(IAnsiConsole console, string message) =>
        console.MarkupLine($"[red]usage[/]: {Markup.Escape(message)}");
}
