using ClaimCheck.Diagnostics;

namespace ClaimCheck.Cli.Inputs;

/// <summary>What a command was pointed at: a claim project (built first) or a built claim assembly.</summary>
/// <param name="Path">The full path of the project file or assembly.</param>
/// <param name="IsProject">Whether it is a project file.</param>
internal sealed record ClaimInput(string Path, bool IsProject)
{
    private static readonly string[] ProjectExtensions = [".csproj", ".fsproj", ".vbproj"];

    /// <summary>The folder of the project or assembly.</summary>
    public string Folder => System.IO.Path.GetDirectoryName(Path)!;

    /// <summary>
    /// Reads <paramref name="path"/>: a <c>.dll</c>, a project file, or a folder holding exactly one project.
    /// CLM4201 for anything else, saying what was found.
    /// </summary>
    public static ClaimInput Resolve(string path, CliContext context)
    {
        string full = context.FullPath(path);
        if (File.Exists(full))
        {
            if (full.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
            {
                return new ClaimInput(full, IsProject: false);
            }

            if (ProjectExtensions.Any(e => full.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
            {
                return new ClaimInput(full, IsProject: true);
            }

            throw new ClaimCheckException(DiagnosticIds.CliInputNotFound,
                $"{full} is neither a claim assembly (.dll) nor a project file (.csproj, .fsproj, .vbproj)");
        }

        if (Directory.Exists(full))
        {
            string[] projects = Directory.EnumerateFiles(full)
                .Where(f => ProjectExtensions.Any(e => f.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
                .Order(StringComparer.Ordinal)
                .ToArray();
            return projects.Length switch
            {
                1 => new ClaimInput(projects[0], IsProject: true),
                0 => throw new ClaimCheckException(DiagnosticIds.CliInputNotFound,
                    $"the folder {full} holds no project file; name a claim project or a built claim assembly (.dll)"),
                _ => throw new ClaimCheckException(DiagnosticIds.CliInputNotFound,
                    $"the folder {full} holds {projects.Length} projects ({string.Join(", ", projects.Select(System.IO.Path.GetFileName))}); name one"),
            };
        }

        throw new ClaimCheckException(DiagnosticIds.CliInputNotFound,
            $"{full} does not exist; name a claim project, a folder with one, or a built claim assembly (.dll)");
    }
}
