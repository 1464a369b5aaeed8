using static TorchSharp.torch;

namespace ClaimCheck.Weights;

/// <summary>Checks a file's index against a module's state dict by name, dtype and shape, before any data is read.</summary>
internal static class WeightsMatcher
{
    public static void Require(IReadOnlyList<StoredTensor> index, IReadOnlyDictionary<string, Tensor> state, string source)
    {
        var stored = index.ToDictionary(t => t.Name, StringComparer.Ordinal);
        string[] missing = state.Keys.Where(name => !stored.ContainsKey(name)).Order(StringComparer.Ordinal).ToArray();
        string[] unexpected = stored.Keys.Where(name => !state.ContainsKey(name)).Order(StringComparer.Ordinal).ToArray();
        if (missing.Length > 0 || unexpected.Length > 0)
        {
            throw WeightsErrors.Names(source, missing, unexpected);
        }

        // Shapes before dtypes: a shape mismatch says "another architecture", the more useful news.
        string[] shapes = index
            .Where(t => !t.Shape.SequenceEqual(state[t.Name].shape))
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .Select(t => $"'{t.Name}' is {t.ShapeText} in the file but {WeightsErrors.Shape(state[t.Name].shape)} in the model")
            .ToArray();
        if (shapes.Length > 0)
        {
            throw WeightsErrors.Shapes(source, shapes, shapes.Length);
        }

        StoredTensor? misfit = index.OrderBy(t => t.Name, StringComparer.Ordinal).FirstOrDefault(t => !t.Dtype.FitsInto(state[t.Name].dtype));
        if (misfit is not null)
        {
            throw WeightsErrors.Dtype(source,
                $"tensor '{misfit.Name}' is stored as {misfit.Dtype.Name} but the model's is {state[misfit.Name].dtype}; floating-point values load only into floating-point tensors, integers only into integer ones");
        }
    }
}
