using ClaimCheck.Targets;

namespace ClaimCheck.Capture.Tokens;

/// <summary>
/// One layer's rows from a <see cref="TokenCapture"/>: every token's unit vector, [tokens, units], in an activation file
/// of the store's format, read in place (a block of rows or one unit's column at a time, each checked against its
/// checksum), never held whole. Rows are in the order <see cref="TokenRows"/> describes.
/// </summary>
public sealed class TokenLayerActivations
{
    internal TokenLayerActivations(string layer, LayerLayout layout, string path, ActivationMatrix matrix)
    {
        Layer = layer;
        Layout = layout;
        Path = path;
        Matrix = matrix;
    }

    /// <summary>The layer's dotted module path.</summary>
    public string Layer { get; }

    /// <summary>Where the layer's units were in its output.</summary>
    public LayerLayout Layout { get; }

    /// <summary>The activation file the rows are in.</summary>
    public string Path { get; }

    /// <summary>The rows, [tokens, units], read from <see cref="Path"/> in place.</summary>
    public ActivationMatrix Matrix { get; }
}
