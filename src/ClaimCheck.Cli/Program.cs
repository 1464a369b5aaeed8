using ClaimCheck.Cli;
using Spectre.Console;

// Logs and pipes get wide lines: a verdict table wrapped at 80 columns is hard to read in a CI log.
IAnsiConsole console = AnsiConsole.Console;
if (Console.IsOutputRedirected)
{
    console.Profile.Width = Math.Max(console.Profile.Width, 160);
}

// Everything lives in CliApp so tests run the same commands in process with their own console and environment.
return await CliApp.RunAsync(args, CliContext.FromProcess(console));
