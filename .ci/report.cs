#:project ../src/ClaimCheck.Reporting/ClaimCheck.Reporting.csproj
// Writes the run report of a results folder: `dotnet run .ci/report.cs -- <results folder> <output folder>`.
// A stand-in for the CLI's report command, so .ci/run can write the report without a tool of its own.
using ClaimCheck.Reporting;
using ClaimCheck.Verdicts;

if (args.Length != 2)
{
    Console.Error.WriteLine("usage: dotnet run .ci/report.cs -- <results folder> <output folder>");
    return 2;
}

try
{
    RunReportFiles files = RunReport.Write(args[0], args[1]);
    Console.WriteLine($"run report: {files.Index} and {files.Summary} ({files.Claims} claims, {files.Plots} plots)");
    return 0;
}
catch (ClaimCheckException e)
{
    Console.Error.WriteLine(e.Diagnostic);
    return 1;
}
