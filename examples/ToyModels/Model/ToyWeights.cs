using System.Globalization;
using System.Reflection;
using System.Text;
using ToyModels.Data;

namespace ToyModels.Model;

/// <summary>
/// The committed weights of each training run, as text (<c>examples/ToyModels/Weights/toy-{key}.txt</c>): fifteen
/// numbers per run, written shortest-round-trip, so a file is readable in a review and loads bit for bit. The files
/// are embedded in this assembly.
/// </summary>
/// <example>
/// <code>
/// # toy model of superposition: S = 0.97, run 1
/// w0 0.123 -0.98 ...
/// w1 ...
/// b -0.1 ...
/// </code>
/// </example>
public static class ToyWeights
{
    /// <summary>The folder of the committed weights, relative to the repository root.</summary>
    public const string CommittedFolder = "examples/ToyModels/Weights";

    /// <summary>The command that retrains every run and overwrites the committed weights.</summary>
    public const string RegenerateCommand = "dotnet run -c Release --project examples/ToyModels.Run -- train";

    /// <summary>The weights file name of <paramref name="regime"/>.</summary>
    public static string FileName(ToyRegime regime)
    {
        ArgumentNullException.ThrowIfNull(regime);
        return $"toy-{regime.Key}.txt";
    }

    /// <summary>The committed model of <paramref name="regime"/>, in eval mode on the CPU.</summary>
    /// <exception cref="FileNotFoundException">The weights file was missing when this assembly was built.</exception>
    public static ToyModel LoadCommitted(ToyRegime regime) => Parse(CommittedText(regime));

    /// <summary>The committed weights file of <paramref name="regime"/>, as text.</summary>
    public static string CommittedText(ToyRegime regime)
    {
        string file = FileName(regime);
        Assembly assembly = typeof(ToyWeights).Assembly;
        using Stream stream = assembly.GetManifestResourceStream($"ToyModels.Weights.{file}")
            ?? throw new FileNotFoundException(
                $"The toy world's weights for {regime} were not built into {assembly.GetName().Name}: {CommittedFolder}/{file} was missing at build time. "
                + $"Regenerate them from the repository root with `{RegenerateCommand}`, then rebuild.",
                $"{CommittedFolder}/{file}");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>The weights file text of <paramref name="model"/> (LF line ends, invariant culture).</summary>
    public static string Format(ToyModel model, ToyRegime regime, double finalLoss)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(regime);
        float[] weight = model.WeightValues();
        var text = new StringBuilder();
        text.Append("# toy model of superposition: ").Append(regime.ToString()).Append('\n');
        text.Append("# written by `").Append(RegenerateCommand).Append("`; mean loss over the last 100 steps ")
            .Append(finalLoss.ToString("0.000000", CultureInfo.InvariantCulture)).Append('\n');
        for (int k = 0; k < model.HiddenDims; k++)
        {
            text.Append('w').Append(k.ToString(CultureInfo.InvariantCulture));
            AppendValues(text, weight.AsSpan(k * model.Features, model.Features));
        }

        text.Append('b');
        AppendValues(text, model.BiasValues());
        return text.ToString();
    }

    /// <summary>Reads a weights file's text; rows <c>w0</c>, <c>w1</c>... are W's rows, <c>b</c> the bias.</summary>
    public static ToyModel Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var rows = new List<float[]>();
        float[]? bias = null;
        foreach (string raw in text.Split('\n'))
        {
            string line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            string[] parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            float[] values = parts.Skip(1).Select(p => float.Parse(p, NumberStyles.Float, CultureInfo.InvariantCulture)).ToArray();
            if (parts[0] == "b")
            {
                bias = values;
            }
            else if (parts[0] == $"w{rows.Count.ToString(CultureInfo.InvariantCulture)}")
            {
                rows.Add(values);
            }
            else
            {
                throw new FormatException($"unexpected line in a toy weights file: '{line}'");
            }
        }

        if (bias is null || rows.Count == 0 || rows.Any(r => r.Length != bias.Length))
        {
            throw new FormatException("a toy weights file needs rows w0, w1, ... and b, all of the same length");
        }

        var model = new ToyModel(bias.Length, rows.Count, rows.SelectMany(r => r).ToArray(), bias);
        model.eval();
        return model;
    }

    private static void AppendValues(StringBuilder text, ReadOnlySpan<float> values)
    {
        foreach (float value in values)
        {
            // "R" is the shortest text that parses back to the same float.
            text.Append(' ').Append(value.ToString("R", CultureInfo.InvariantCulture));
        }

        text.Append('\n');
    }
}
