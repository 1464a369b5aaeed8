using ClaimCheck.Capture;
using ClaimCheck.Capture.Tokens;
using NUnit.Framework;
using static TorchSharp.torch;

namespace ClaimCheck.Tests.Capture;

/// <summary>
/// A token capture never holds a layer's matrix: it keeps one batch of each layer's output and one block of each file,
/// however many tokens it captures, and the matrix it returns is read from the file in place. Checked with small
/// batches and blocks against a matrix many times their size, by the capture's own account of its buffers and by the
/// managed bytes it allocated.
/// </summary>
public class TokenCaptureMemoryTests
{
    private TokenFolder _folder = null!;

    [SetUp]
    public void CreateFolder() => _folder = new TokenFolder();

    [TearDown]
    public void DeleteFolder() => _folder.Dispose();

    [Test]
    public void A_capture_holds_one_batch_and_one_block_per_layer_never_the_matrix()
    {
        using var model = new TinyTokenModel();
        const int sequences = 400, length = 128, batch = 8, blockRows = 256;
        var tokens = TokenSequences.Of(TokenCaptureTests.RandomTokens(sequences * length, seed: 12), length);
        string[] layers = ["act", "channels", "embed"];
        int units = TinyTokenModel.Units + TinyTokenModel.Units + 8;
        long matrixValues = (long)sequences * length * units;
        // Warm up first, so the allocations counted are the capture's, not the first call's JIT and type loading.
        TokenCapture.Capture(model, CPU, TokenCaptureTests.LayoutOf, TokenSequences.Of(TokenCaptureTests.RandomTokens(length, 13), length), layers, Path.Combine(_folder.Path, "warm"), batch, blockRows);

        long before = GC.GetAllocatedBytesForCurrentThread();
        TokenCaptureResult captured = TokenCapture.Capture(model, CPU, TokenCaptureTests.LayoutOf, tokens, layers, _folder.Path, batch, blockRows);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.That(captured.BufferedValues, Is.EqualTo(((long)batch * length * units) + ((long)blockRows * units)), "one batch and one block per layer");
        Assert.That(captured.Layers.Select(l => l.Matrix.InMemory), Is.All.False);
        Assert.That(captured.Layers.Sum(l => (long)l.Matrix.Rows * l.Matrix.Units), Is.EqualTo(matrixValues));
        // Holding the matrices would allocate their 4 bytes per value; the capture allocates its buffers once and per batch only
        // small objects (tensors' wrappers, the batch's input).
        Assert.That(allocated, Is.LessThan(matrixValues * sizeof(float) / 2), $"{allocated:N0} bytes allocated for {matrixValues * sizeof(float):N0} bytes of activations");
    }
}
