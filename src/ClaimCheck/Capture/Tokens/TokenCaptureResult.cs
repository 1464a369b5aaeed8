namespace ClaimCheck.Capture.Tokens;

/// <summary>What a <see cref="TokenCapture"/> wrote: one file per layer, and what each row is.</summary>
public sealed class TokenCaptureResult
{
    internal TokenCaptureResult(TokenRows rows, IReadOnlyList<TokenLayerActivations> layers, long bufferedValues)
    {
        Rows = rows;
        Layers = layers;
        BufferedValues = bufferedValues;
    }

    /// <summary>Each row's sequence, position and document (the same for every layer).</summary>
    public TokenRows Rows { get; }

    /// <summary>The layers, in the order they were asked for.</summary>
    public IReadOnlyList<TokenLayerActivations> Layers { get; }

    /// <summary>
    /// The most activation values the capture held in memory at once: every layer's batch buffer and file block. The
    /// proof (for tests and the benchmark) that the matrices were never held whole.
    /// </summary>
    internal long BufferedValues { get; }

    /// <summary>The rows of <paramref name="layer"/>.</summary>
    /// <exception cref="ArgumentException">The capture did not include <paramref name="layer"/>.</exception>
    public TokenLayerActivations Layer(string layer) =>
        Layers.FirstOrDefault(l => l.Layer == layer)
        ?? throw new ArgumentException($"the capture holds no layer '{layer}'; it holds: {string.Join(", ", Layers.Select(l => l.Layer))}", nameof(layer));
}
