using ClaimCheck.Capture.Disk;
using ClaimCheck.Cli.Tests.Support;
using NUnit.Framework;

namespace ClaimCheck.Cli.Tests.Commands;

/// <summary>
/// <c>claimcheck cache</c> shows the folder the setting names, its entries and their size; <c>cache clear</c> deletes
/// them and nothing else; a file where the folder should be exits 2 with CLM4103.
/// </summary>
public class CacheCommandTests
{
    private const string Variable = "CLAIMCHECK_ACTIVATION_CACHE";

    private static Dictionary<string, string> Setting(string value) => new() { [Variable] = value };

    /// <summary>Writes a sound entry of <paramref name="rows"/> × <paramref name="units"/> for <paramref name="layer"/>; returns its path.</summary>
    private static string Entry(TemporaryFolder folder, char name, string layer, int rows, int units)
    {
        string path = folder.File(new string(name, 32) + ".activations");
        string key = $"format: 1\nmodel: sha256:00aa\ndata: sha256:11bb\nlayer: {layer}\nreduction: Max\n";
        ActivationFileWriter.Write(path, key, new float[rows * units], rows, units, ActivationFileLayout.DefaultBlockRows);
        return path;
    }

    [Test]
    public async Task The_folder_its_entries_their_size_and_unfinished_writes_are_listed()
    {
        using var folder = new TemporaryFolder();
        string sound = Entry(folder, 'a', "bottleneck", rows: 2_000, units: 16);
        string damaged = Entry(folder, 'b', "conv1", rows: 10, units: 4);
        File.WriteAllBytes(damaged, [.. File.ReadAllBytes(damaged).Take(100)]);
        File.WriteAllText(folder.File($"{new string('c', 32)}.{new string('d', 32)}.tmp"), "half");
        long total = new FileInfo(sound).Length + new FileInfo(damaged).Length;

        CliRun run = await CliRun.Of(Setting(folder.Path), "cache");

        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        Assert.That(run.Output, Does.Contain($"Activation cache: {folder.Path} (from {Variable})"));
        Assert.That(run.Output, Does.Contain($"2 entries, {total / 1024.0:0.0} KiB in all:"));
        Assert.That(run.Output, Does.Contain($"{Path.GetFileName(sound)}  129.0 KiB  layer 'bottleneck' (Max), 2,000 examples × 16 units, model sha256:00aa, data sha256:11bb"));
        Assert.That(run.Output, Does.Contain($"{Path.GetFileName(damaged)}  100 B  not usable: the file is 100 bytes long"));
        Assert.That(run.Output, Does.Contain("1 unfinished write(s)"));
    }

    [Test]
    public async Task Clear_deletes_entries_and_temporary_files_and_keeps_other_files()
    {
        using var folder = new TemporaryFolder();
        Entry(folder, 'a', "bottleneck", rows: 20, units: 3);
        Entry(folder, 'b', "bottleneck", rows: 20, units: 3);
        File.WriteAllText(folder.File($"{new string('c', 32)}.{new string('d', 32)}.tmp"), "half");
        File.WriteAllText(folder.File("notes.txt"), "mine");

        CliRun run = await CliRun.Of(Setting(folder.Path), "cache", "clear");

        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        Assert.That(run.Output, Does.Contain($"Deleted 3 file(s) (8.5 KiB of entries) from {folder.Path}."));
        Assert.That(Directory.EnumerateFiles(folder.Path).Select(Path.GetFileName), Is.EqualTo(new[] { "notes.txt" }));
        Assert.That((await CliRun.Of(Setting(folder.Path), "cache")).Output, Does.Contain("No entries."));
    }

    [Test]
    public async Task A_folder_not_created_yet_has_no_entries()
    {
        using var folder = new TemporaryFolder();

        CliRun run = await CliRun.Of(Setting(folder.File("later")), "cache");

        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        Assert.That(run.Output, Does.Contain("No entries (the folder does not exist yet"));
        Assert.That(folder.File("later"), Does.Not.Exist, "listing creates nothing");
    }

    [Test]
    public async Task Off_says_so_and_clears_nothing()
    {
        CliRun run = await CliRun.Of(Setting("off"), "cache", "clear");

        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        Assert.That(run.Output, Does.Contain($"The activation store on disk is off ({Variable}=off)"));
    }

    [Test]
    public async Task Unset_names_the_default_folder_in_the_users_cache()
    {
        Assume.That(OperatingSystem.IsWindows(), Is.False, "Windows reads LOCALAPPDATA");
        using var home = new TemporaryFolder();

        CliRun run = await CliRun.Of(new Dictionary<string, string> { ["HOME"] = home.Path }, "cache");

        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        Assert.That(run.Output, Does.Contain($"Activation cache: {Path.Combine(home.Path, ".cache", "claimcheck", "activations")} (the default;"));
    }

    [Test]
    public async Task A_file_where_the_folder_should_be_is_bad_input_with_CLM4103()
    {
        using var folder = new TemporaryFolder();
        File.WriteAllText(folder.File("cache"), "not a folder");

        CliRun run = await CliRun.Of(Setting(folder.File("cache")), "cache");

        Assert.That(run.ExitCode, Is.EqualTo(2), run.ToString());
        Assert.That(run.Output, Does.Contain("error CLM4103:").And.Contain("is a file"));
    }
}
