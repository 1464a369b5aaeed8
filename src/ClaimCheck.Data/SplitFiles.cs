using System.Globalization;
using ClaimCheck.Diagnostics;
using ClaimCheck.Targets;

namespace ClaimCheck.Data;

/// <summary>
/// Builds a <see cref="DataSplit"/> from files: the inputs from an <c>.npy</c> array [count, ...] (one example per
/// row of the outermost dimension, any element type <see cref="NpyReader"/> reads, as float32), the labels from
/// boolean columns of a CSV file with one row per example, in the same order.
/// </summary>
/// <example>
/// <code>
/// // np.save("held-out.npy", x.numpy()); labels.csv has a header row "id,striped,curved" and one row per example
/// DataSplit heldOut = SplitFiles.Load("held-out", SplitRole.HeldOut, "held-out.npy", "labels.csv", "striped", "curved");
/// </code>
/// </example>
public static class SplitFiles
{
    /// <summary>A split of the inputs in <paramref name="inputsPath"/>, without labels.</summary>
    /// <param name="name">The split's name.</param>
    /// <param name="role">Discovery or held-out.</param>
    /// <param name="inputsPath">An npy file [count, ...]; the example shape is the rest of its shape.</param>
    /// <exception cref="ClaimCheckException">
    /// CLM5030, CLM5035, CLM5036 from <see cref="NpyReader"/>; CLM5034 when the array has fewer than two dimensions.
    /// </exception>
    public static DataSplit Load(string name, SplitRole role, string inputsPath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        NpyArray inputs = ReadInputs(inputsPath);
        return new DataSplit(name, role, inputs.ToSingles(), inputs.Shape.Skip(1).ToArray());
    }

    /// <summary>A split of the inputs in <paramref name="inputsPath"/> with the labels of <paramref name="labelColumns"/> of <paramref name="labelsPath"/>, by column name.</summary>
    /// <param name="name">The split's name.</param>
    /// <param name="role">Discovery or held-out.</param>
    /// <param name="inputsPath">An npy file [count, ...]; the example shape is the rest of its shape.</param>
    /// <param name="labelsPath">A CSV file with a header row and one row per example, in the order of the inputs.</param>
    /// <param name="labelColumns">The boolean columns (0/1, true/false) to use as labels; each becomes the label of the concept of the same name.</param>
    /// <exception cref="ClaimCheckException">
    /// As <see cref="Load(string, SplitRole, string)"/>; CLM5030 and CLM5037–CLM5039 from <see cref="CsvReader"/> and
    /// <see cref="CsvTable"/>; CLM5033 when the CSV file has another number of rows than the inputs have examples.
    /// </exception>
    public static DataSplit Load(string name, SplitRole role, string inputsPath, string labelsPath, params string[] labelColumns)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(labelColumns);
        ArgumentOutOfRangeException.ThrowIfZero(labelColumns.Length);
        NpyArray inputs = ReadInputs(inputsPath);
        CsvTable table = CsvReader.Read(labelsPath);
        if (table.RowCount != inputs.Count)
        {
            throw new ClaimCheckException(DiagnosticIds.IdxCountMismatch, string.Create(CultureInfo.InvariantCulture,
                $"{inputs.Source} holds {inputs.Count} examples but {table.Source} has {table.RowCount} rows after its header; row i of the labels must belong to example i"));
        }

        var labels = labelColumns.ToDictionary(column => column, table.Booleans, StringComparer.Ordinal);
        return new DataSplit(name, role, inputs.ToSingles(), inputs.Shape.Skip(1).ToArray(), labels);
    }

    private static NpyArray ReadInputs(string path)
    {
        NpyArray inputs = NpyReader.Read(path);
        if (inputs.Shape.Count < 2)
        {
            throw new ClaimCheckException(DiagnosticIds.IdxUnexpectedLayout,
                $"{inputs.Source} has shape [{string.Join(", ", inputs.Shape)}], but inputs must be [count, ...] with at least one dimension per example: "
                + "save vectors as [count, features] (x.reshape(-1, 1) for a single feature)");
        }

        return inputs;
    }
}
