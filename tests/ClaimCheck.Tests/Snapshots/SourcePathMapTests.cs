using System.Reflection;
using System.Reflection.Emit;
using ClaimCheck.Snapshots;
using NUnit.Framework;

namespace ClaimCheck.Tests.Snapshots;

// A deterministic CI build records claim sources as /_/...; the snapshots must still be found beside the real file.
public class SourcePathMapTests
{
    private static readonly KeyValuePair<string, string> RepoRoot = KeyValuePair.Create("/_/", "/home/me/repo/");

    [Test]
    public void A_mapped_path_is_mapped_back_to_the_local_folder()
    {
        string local = SourcePathMap.ToLocal("/_/examples/StripesWorld.Claims/BottleneckClaims.cs", [RepoRoot]);

        Assert.That(local, Is.EqualTo(Path.Combine("/home/me/repo/", "examples/StripesWorld.Claims/BottleneckClaims.cs")));
    }

    [Test]
    public void A_local_path_is_left_as_it_is()
    {
        Assert.That(SourcePathMap.ToLocal("/home/me/repo/Claims.cs", [RepoRoot]), Is.EqualTo("/home/me/repo/Claims.cs"));
    }

    [Test]
    public void The_longest_mapped_prefix_wins()
    {
        KeyValuePair<string, string> nested = KeyValuePair.Create("/_/sub/", "/elsewhere/sub/");

        string local = SourcePathMap.ToLocal("/_/sub/Claims.cs", [RepoRoot, nested]);

        Assert.That(local, Is.EqualTo(Path.Combine("/elsewhere/sub/", "Claims.cs")));
    }

    [Test]
    public void The_snapshot_folder_comes_from_the_mappings_the_assembly_recorded()
    {
        Assembly assembly = AssemblyWithMetadata(
            ("ClaimCheck.SourceRoot:/_/", "/home/me/repo/"),
            ("ClaimCheck.SourceRoot:", "/ignored/"), // no mapped prefix: not a mapping
            ("Unrelated", "/ignored/"));

        string folder = SourcePathMap.SnapshotFolder("/_/examples/Claims.cs", assembly);

        Assert.Multiple(() =>
        {
            Assert.That(SourcePathMap.Roots(assembly), Is.EqualTo(new[] { RepoRoot }));
            Assert.That(folder, Is.EqualTo(Path.GetDirectoryName(Path.Combine("/home/me/repo/", "examples/Claims.cs"))));
        });
    }

    [Test]
    public void Without_mappings_the_folder_is_that_of_the_recorded_path()
    {
        Assembly assembly = AssemblyWithMetadata();

        Assert.That(SourcePathMap.SnapshotFolder("/home/me/repo/examples/Claims.cs", assembly), Is.EqualTo("/home/me/repo/examples"));
    }

    private static Assembly AssemblyWithMetadata(params (string Key, string Value)[] metadata)
    {
        ConstructorInfo constructor = typeof(AssemblyMetadataAttribute).GetConstructor([typeof(string), typeof(string)])!;
        CustomAttributeBuilder[] attributes = metadata.Select(m => new CustomAttributeBuilder(constructor, [m.Key, m.Value])).ToArray();
        return AssemblyBuilder.DefineDynamicAssembly(new AssemblyName("SourcePathMapProbe" + Guid.NewGuid().ToString("N")), AssemblyBuilderAccess.Run, attributes);
    }
}
