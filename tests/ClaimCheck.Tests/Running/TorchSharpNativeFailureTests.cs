using ClaimCheck.Diagnostics;
using ClaimCheck.Running;
using ClaimCheck.Targets;
using ClaimCheck.Tests.Snapshots;
using NUnit.Framework;
using static TorchSharp.torch;

namespace ClaimCheck.Tests.Running;

/// <summary>
/// A claim project without a TorchSharp native backend gets a CLM5011 that names the package to add, not the loader's
/// list of every path it tried.
/// </summary>
public class TorchSharpNativeFailureTests
{
    // What TorchSharp 0.107.0 throws on Linux when no backend package is referenced (shortened: the real one lists 12 paths).
    private const string LoaderMessage =
        "Unable to load shared library 'LibTorchSharp' or one of its dependencies. In order to help diagnose loading problems, consider using a tool like strace. If you're using glibc, consider setting the LD_DEBUG environment variable: \n"
        + "/app/bin/runtimes/linux-x64/native/LibTorchSharp.so: cannot open shared object file: No such file or directory\n"
        + "/app/bin/libLibTorchSharp.so: cannot open shared object file: No such file or directory\n";

    private TempFolder _folder = null!;

    [SetUp]
    public void CreateFolder() => _folder = new TempFolder();

    [TearDown]
    public void RemoveFolder() => _folder.Dispose();

    [Test]
    public void Without_the_native_library_in_the_output_the_message_names_the_packages_to_add()
    {
        var failure = new TypeInitializationException("TorchSharp.torch", new DllNotFoundException(LoaderMessage));

        string? why = TorchSharpNativeFailure.Explain(failure, _folder.Path);

        Assert.That(why, Does.Contain("Add a PackageReference to TorchSharp-cpu (or TorchSharp-cuda-linux / TorchSharp-cuda-windows")
            .And.Contain("version 0.107.0").And.Contain(_folder.Path).And.Not.Contain("strace"));
    }

    [Test]
    public void LibTorchSharp_without_libtorch_is_a_missing_backend()
    {
        // The TorchSharp package itself ships libLibTorchSharp.so; only a backend package brings the libtorch it needs.
        string native = Path.Combine(_folder.Path, "runtimes", "linux-x64", "native");
        Directory.CreateDirectory(native);
        File.WriteAllText(Path.Combine(native, "libLibTorchSharp.so"), "");

        Assert.That(TorchSharpNativeFailure.Explain(new DllNotFoundException(LoaderMessage), _folder.Path), Does.Contain("Add a PackageReference to TorchSharp-cpu"));
    }

    [Test]
    public void TorchSharps_own_not_supported_error_gets_the_same_advice()
    {
        // Thrown instead when TorchSharp also failed to assemble the libraries from the NuGet cache.
        var failure = new TypeInitializationException("TorchSharp.torch", new NotSupportedException(
            "This application or script uses TorchSharp but doesn't contain a reference to libtorch-cpu-linux-x64, Version=2.10.0.0.\n\n"
            + "Consider referencing one of the combination packages TorchSharp-cpu, TorchSharp-cuda-linux, TorchSharp-cuda-windows or call ..."));

        Assert.That(TorchSharpNativeFailure.Explain(failure, _folder.Path), Does.Contain("Add a PackageReference to TorchSharp-cpu"));
    }

    [Test]
    public void A_copy_outside_the_build_output_folders_does_not_count_as_the_library()
    {
        // TorchSharp's fallback copies the libraries from the NuGet cache into cpu/; the build never puts them there.
        Directory.CreateDirectory(Path.Combine(_folder.Path, "cpu"));
        File.WriteAllText(Path.Combine(_folder.Path, "cpu", "libtorch.so"), "");

        Assert.That(TorchSharpNativeFailure.Explain(new DllNotFoundException(LoaderMessage), _folder.Path), Does.Contain("TorchSharp-cpu"));
    }

    [Test]
    public void A_library_that_is_there_but_does_not_load_gets_the_loader_line_that_says_why()
    {
        string native = Path.Combine(_folder.Path, "runtimes", "linux-x64", "native");
        Directory.CreateDirectory(native);
        File.WriteAllText(Path.Combine(native, "libLibTorchSharp.so"), "");
        File.WriteAllText(Path.Combine(native, "libtorch.so"), "");
        string message = LoaderMessage + native + "/libLibTorchSharp.so: version `GLIBCXX_3.4.32' not found\n";

        string? why = TorchSharpNativeFailure.Explain(new DllNotFoundException(message), _folder.Path);

        Assert.That(why, Does.Contain("are in").And.Contain("did not load").And.Contain("GLIBCXX_3.4.32").And.Not.Contain("TorchSharp-cpu"));
    }

    [Test]
    public void Other_failures_are_not_explained_as_a_missing_library()
    {
        Assert.Multiple(() =>
        {
            Assert.That(TorchSharpNativeFailure.Explain(new FileNotFoundException("weights.safetensors"), _folder.Path), Is.Null);
            Assert.That(TorchSharpNativeFailure.Explain(new DllNotFoundException("Unable to load shared library 'libSkiaSharp'"), _folder.Path), Is.Null);
        });
    }

    [Test]
    public void A_target_that_cannot_load_TorchSharp_gets_CLM5011_without_the_loader_dump()
    {
        ClaimCheckException? ex = Assert.Throws<ClaimCheckException>(() => AuditTargets.Get(typeof(NoNativeLibraryTarget)));

        Assert.That(ex!.Diagnostic.Id, Is.EqualTo(DiagnosticIds.AuditTargetFailed));
        Assert.That(ex.Diagnostic.Message, Does.StartWith("the audit target 'NoNativeLibraryTarget' could not be built: TorchSharp's native librar")
            .And.Not.Contain("strace"));
    }

    /// <summary>Throws what TorchSharp throws when its native library is missing.</summary>
    private sealed class NoNativeLibraryTarget : AuditTarget
    {
        public NoNativeLibraryTarget() => throw new TypeInitializationException("TorchSharp.torch", new DllNotFoundException(LoaderMessage));

        public override string Name => "no native library";

        public override nn.Module<Tensor, Tensor> Model => throw new NotSupportedException();

        public override IReadOnlyList<DataSplit> Splits => [];

        public override ConceptLibrary Concepts => new([]);
    }
}
