using System.Globalization;

namespace ClaimCheck.Audit;

/// <summary>
/// Reads inputs and concept labels from a CSV file: a header row, then one example per row. Columns named
/// <c>label:NAME</c> hold the label of concept NAME (0 or 1); every other column is an input feature.
/// </summary>
public sealed class SampleInputs
{
    private SampleInputs(int features, float[] values, Dictionary<string, bool[]> labels)
    {
        Features = features;
        Values = values;
        Labels = labels;
    }

    /// <summary>The number of input features per example.</summary>
    public int Features { get; }

    /// <summary>All inputs, one example after another.</summary>
    public float[] Values { get; }

    /// <summary>One label per example, by concept name.</summary>
    public Dictionary<string, bool[]> Labels { get; }

    /// <summary>The number of examples.</summary>
    public int Count => Values.Length / Features;

    public static SampleInputs ReadCsv(string path)
    {
        string[] lines = File.ReadAllLines(path).Where(line => line.Length > 0).ToArray();
        string[] header = lines[0].Split(',');
        int[] featureColumns = Enumerable.Range(0, header.Length).Where(i => !header[i].StartsWith("label:", StringComparison.Ordinal)).ToArray();
        int[] labelColumns = Enumerable.Range(0, header.Length).Where(i => header[i].StartsWith("label:", StringComparison.Ordinal)).ToArray();
        var values = new List<float>();
        var labels = labelColumns.ToDictionary(i => header[i]["label:".Length..], _ => new List<bool>());
        foreach (string line in lines.Skip(1))
        {
            string[] cells = line.Split(',');
            values.AddRange(featureColumns.Select(i => float.Parse(cells[i], CultureInfo.InvariantCulture)));
            foreach (int i in labelColumns)
            {
                labels[header[i]["label:".Length..]].Add(cells[i].Trim() == "1");
            }
        }

        return new SampleInputs(featureColumns.Length, values.ToArray(), labels.ToDictionary(l => l.Key, l => l.Value.ToArray()));
    }

    /// <summary>Examples <paramref name="start"/> to <paramref name="start"/> + <paramref name="count"/> as a data split.</summary>
    public ClaimCheck.Targets.DataSplit Split(string name, ClaimCheck.Targets.SplitRole role, int start, int count) => new(
        name,
        role,
        Values[(start * Features)..((start + count) * Features)],
        [Features],
        Labels.ToDictionary(l => l.Key, l => l.Value[start..(start + count)]));
}
