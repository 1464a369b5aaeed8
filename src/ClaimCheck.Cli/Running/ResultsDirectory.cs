using ClaimCheck.Diagnostics;

namespace ClaimCheck.Cli.Running;

/// <summary>
/// The folder a run's records go to. Each run starts it empty, so the verdict table never mixes in records of an
/// earlier run; a marker file says the folder is claimcheck's, and a folder with other files and no marker is
/// never cleared (CLM4205), so a mistyped path cannot delete someone's work.
/// </summary>
internal static class ResultsDirectory
{
    /// <summary>The default folder, relative to the working directory.</summary>
    public const string Default = "claimcheck-results";

    /// <summary>The marker file claimcheck leaves in a results folder it made.</summary>
    public const string Marker = ".claimcheck-results";

    /// <summary>Empties (or creates) <paramref name="folder"/> for a new run.</summary>
    public static void Prepare(string folder)
    {
        if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
        {
            if (!File.Exists(Path.Combine(folder, Marker)))
            {
                throw new ClaimCheckException(DiagnosticIds.ResultsFolderNotOwned,
                    $"the results folder {folder} holds files that claimcheck did not write (it has no {Marker} marker); name an empty or new folder with --results");
            }

            Directory.Delete(folder, recursive: true);
        }

        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, Marker), "This folder holds the records of a claimcheck run; the next run empties it.\n");
    }
}
