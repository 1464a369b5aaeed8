using ClaimCheck.Diagnostics;

namespace ClaimCheck.Weights;

/// <summary>The diagnostics of weights loading (CLM5060–CLM5066), worded in one place.</summary>
internal static class WeightsErrors
{
    // How many names a message lists before it says "and N more": enough to recognise a pattern, short enough to read.
    private const int ListedNames = 5;

    public static ClaimCheckException Missing(string source, string why) =>
        new(DiagnosticIds.WeightsFileMissing, $"no weights file at {source}: {why}");

    public static ClaimCheckException Truncated(string source, string what) =>
        new(DiagnosticIds.WeightsFileTruncated, $"weights file {source} is truncated: {what}; the file was cut off while copying or saving, or its header is wrong");

    public static ClaimCheckException Malformed(string source, string what) =>
        new(DiagnosticIds.WeightsFileMalformed, $"weights file {source} is malformed: {what}");

    public static ClaimCheckException Dtype(string source, string what) =>
        new(DiagnosticIds.WeightsDtypeUnsupported, $"weights file {source}: {what}");

    public static ClaimCheckException Shapes(string source, IReadOnlyList<string> mismatches, int total) =>
        new(DiagnosticIds.WeightsShapeMismatch,
            $"weights file {source} is for another architecture: {Plural(total, "tensor has", "tensors have")} another shape than the model's: "
            + List(mismatches) + "; load the file into the model it was saved from, or build the model with the same layer sizes");

    public static ClaimCheckException Names(string source, IReadOnlyList<string> missing, IReadOnlyList<string> unexpected)
    {
        var parts = new List<string>();
        if (missing.Count > 0)
        {
            parts.Add($"{Plural(missing.Count, "tensor", "tensors")} of the model {(missing.Count == 1 ? "is" : "are")} not in the file ({List(missing)})");
        }

        if (unexpected.Count > 0)
        {
            parts.Add($"{Plural(unexpected.Count, "tensor", "tensors")} of the file {(unexpected.Count == 1 ? "names" : "name")} nothing in the model ({List(unexpected)})");
        }

        return new ClaimCheckException(DiagnosticIds.WeightsNamesMismatch,
            $"weights file {source} does not match the model by name: {string.Join("; ", parts)}. A file for another architecture, or names that differ between the code that saved it and this model");
    }

    public static ClaimCheckException NonFinite(string source, IReadOnlyList<string> tensors, long values) =>
        new(DiagnosticIds.NonFiniteWeights,
            $"weights file {source} holds {Plural(values, "NaN or infinite value", "NaN or infinite values")} in {Plural(tensors.Count, "tensor", "tensors")}: {List(tensors)}; "
            + "the training that wrote it diverged, or the file is damaged. Nothing was loaded");

    /// <summary>The shape as <c>[2, 3]</c>.</summary>
    public static string Shape(IReadOnlyList<long> shape) => "[" + string.Join(", ", shape) + "]";

    /// <summary>The product of <paramref name="shape"/> times <paramref name="elementSize"/>, or null when it overflows a long.</summary>
    public static long? ByteCount(IReadOnlyList<long> shape, int elementSize)
    {
        try
        {
            long count = elementSize;
            foreach (long dimension in shape)
            {
                count = checked(count * dimension);
            }

            return count;
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    private static string Plural(long count, string one, string many) => $"{count} {(count == 1 ? one : many)}";

    private static string List(IReadOnlyList<string> items) =>
        items.Count <= ListedNames
            ? string.Join(", ", items)
            : string.Join(", ", items.Take(ListedNames)) + $" and {items.Count - ListedNames} more";
}
