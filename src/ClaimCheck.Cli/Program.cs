using ClaimCheck.Cli;
using Spectre.Console;

// Everything lives in CliApp so tests run the same commands in process with their own console and environment.
return await CliApp.RunAsync(args, CliContext.FromProcess(AnsiConsole.Console));
