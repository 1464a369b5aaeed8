using System.Globalization;
using System.Text;
using ToyModels.Data;
using ToyModels.Geometry;

namespace ToyModels.Run;

/// <summary>Prints one regime's geometry beside the paper's result.</summary>
internal static class GeometryTable
{
    public static string Render(ToyRegime regime, ToyGeometry geometry, IReadOnlyList<float> bias)
    {
        var text = new StringBuilder();
        CultureInfo inv = CultureInfo.InvariantCulture;
        text.AppendLine(string.Create(inv, $"## {regime}"));
        text.AppendLine("paper:    " + PaperResults.At(regime.Sparsity));
        text.Append("measured: ").Append(geometry.Represented.Count.ToString(inv)).Append(" represented [")
            .Append(string.Join(", ", geometry.Represented)).Append(']');
        if (geometry.Represented.Count > 1)
        {
            text.Append("; around the origin: ")
                .Append(string.Join(" → ", geometry.AroundTheOrigin().Select(a => string.Create(inv, $"{a.Feature} ({a.AngleToNext:0.0}°)"))));
        }

        text.AppendLine(string.Create(inv, $"; m/‖W‖_F² = {geometry.DimensionsPerFeature:0.000}"));
        text.AppendLine("feature   ‖W_i‖    D_i      b_i     cos(W_i, h0)  cos(W_i, h1)");
        for (int i = 0; i < geometry.Features; i++)
        {
            text.AppendLine(string.Create(inv,
                $"{i,7}  {geometry.Norms[i],6:0.000}  {geometry.Dimensionality[i],6:0.000}  {bias[i],7:0.000}  {geometry.AxisCosine(0, i),12:0.000}  {geometry.AxisCosine(1, i),12:0.000}"));
        }

        if (geometry.Represented.Count > 1)
        {
            text.AppendLine("angles between represented features (degrees):");
            foreach (int i in geometry.Represented)
            {
                text.Append(i.ToString(inv).PadLeft(7));
                foreach (int j in geometry.Represented)
                {
                    text.Append(geometry.AngleDegrees(i, j).ToString("0.0", inv).PadLeft(8));
                }

                text.AppendLine();
            }
        }

        return text.ToString();
    }
}
