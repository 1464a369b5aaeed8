using ClaimCheck.Build;
using NUnit.Framework;
using TorchSharp;
using static TorchSharp.torch;

namespace ClaimCheck.Tests.Build;

/// <summary>TorchSharp's native library loads on this host (after the build's fix where the host needs it).</summary>
public class TorchSharpLoadsTests
{
    [Test]
    public void A_linear_layer_runs_a_forward_pass()
    {
        using var scope = NewDisposeScope();
        var layer = nn.Linear(3, 2);
        using (no_grad())
        {
            layer.weight!.copy_(tensor(new float[] { 1, 2, 3, -1, 0, 1 }).reshape(2, 3));
            layer.bias!.copy_(tensor(new float[] { 0.5f, -0.5f }));
        }

        Tensor output = layer.call(tensor(new float[] { 1, 1, 1 }).reshape(1, 3));

        Assert.That(output.data<float>().ToArray(), Is.EqualTo(new[] { 6.5f, -0.5f }));
    }

    [Test]
    public void The_copied_native_library_needs_GLIBCXX_3_4_32_only_weakly_or_the_host_has_it()
    {
        string library = Directory.EnumerateFiles(AppContext.BaseDirectory, "libLibTorchSharp.so", SearchOption.AllDirectories).First();
        VersionNeed? need = ElfVersionNeedPatcher.ReadVersionNeeds(File.ReadAllBytes(library))
            .SingleOrDefault(n => n.Name == "GLIBCXX_3.4.32");
        string hostLibStdCxx = "/usr/lib/x86_64-linux-gnu/libstdc++.so.6";
        bool hostHasIt = File.Exists(hostLibStdCxx) && ElfVersionNeedPatcher.LibraryMentionsVersion(hostLibStdCxx, "GLIBCXX_3.4.32");

        Assert.That(need is null || need.IsWeak || hostHasIt, Is.True, $"{library} needs GLIBCXX_3.4.32 strongly and the host lacks it");
    }
}
