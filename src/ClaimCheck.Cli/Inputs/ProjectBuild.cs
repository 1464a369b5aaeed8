using ClaimCheck.Diagnostics;
using Spectre.Console;

namespace ClaimCheck.Cli.Inputs;

/// <summary>Turns a claim input into the path of its built assembly, building a project in Release first.</summary>
internal static class ProjectBuild
{
    /// <summary>The configuration claims are built and run in: the one the repository's tests use (TorchSharp's size).</summary>
    public const string Configuration = "Release";

    /// <summary>
    /// The claim assembly of <paramref name="input"/>: the input itself for a <c>.dll</c>; for a project, its
    /// <c>TargetPath</c> after <c>dotnet build -c Release</c> (skipped with <paramref name="noBuild"/>).
    /// </summary>
    /// <exception cref="ClaimCheckException">CLM4208 when the build fails; CLM4201 when the project has no single built assembly.</exception>
    public static async Task<string> AssemblyOfAsync(ClaimInput input, bool noBuild, CliContext context, CancellationToken cancellation)
    {
        if (!input.IsProject)
        {
            return input.Path;
        }

        if (!noBuild)
        {
            ChildResult build = await context.Console.Status().StartAsync($"Building {Path.GetFileName(input.Path)} ({Configuration})", _ =>
                ChildProcess.RunDotnetAsync(context, ["build", input.Path, "-c", Configuration, "-nologo", "-v", "quiet"], cancellation: cancellation))
                .ConfigureAwait(false);
            if (build.ExitCode != 0)
            {
                throw new ClaimCheckException(DiagnosticIds.BuildFailed,
                    $"'dotnet build {input.Path} -c {Configuration}' failed with exit code {build.ExitCode}:\n{build.Tail(30)}");
            }
        }

        ChildResult property = await ChildProcess.RunDotnetAsync(
            context, ["msbuild", input.Path, "-nologo", "-getProperty:TargetPath", $"-p:Configuration={Configuration}"], cancellation: cancellation)
            .ConfigureAwait(false);
        string targetPath = property.Lines.LastOrDefault(l => !string.IsNullOrWhiteSpace(l))?.Trim() ?? "";
        if (property.ExitCode != 0)
        {
            throw new ClaimCheckException(DiagnosticIds.BuildFailed,
                $"'dotnet msbuild {input.Path} -getProperty:TargetPath' failed with exit code {property.ExitCode}:\n{property.Tail(30)}");
        }

        if (targetPath.Length == 0)
        {
            throw new ClaimCheckException(DiagnosticIds.CliInputNotFound,
                $"{input.Path} names no single output assembly (is it multi-targeted?); pass the built claim assembly (.dll) instead");
        }

        if (!File.Exists(targetPath))
        {
            throw new ClaimCheckException(DiagnosticIds.CliInputNotFound,
                $"{input.Path} is not built yet ({targetPath} does not exist); run without --no-build");
        }

        return targetPath;
    }
}
