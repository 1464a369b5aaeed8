using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using ClaimCheck.Evidence;
using ClaimCheck.Evidence.Ablation;
using ClaimCheck.Evidence.Edits;
using ClaimCheck.Evidence.HeldOut;
using ClaimCheck.Evidence.Steering;
using ClaimCheck.Reports;
using NUnit.Framework;

namespace ClaimCheck.Reporting.Tests;

/// <summary>
/// The verdict document is one type that writes the records and reads them back. Every field must survive writing and
/// reading, and the records a real run wrote must read back to the same bytes: a field renamed on one side only, or
/// dropped by the reader, fails here instead of printing "n/a" in a report.
/// </summary>
public class DocumentRoundTripTests
{
    private static IEnumerable<string> Ids() => RealResults.Ids;

    [TestCaseSource(nameof(Ids))]
    public void A_real_record_reads_back_to_the_same_bytes(string id)
    {
        string written = RealResults.Text(id);

        string rewritten = VerdictDocument.Parse(written, id).ToText();

        Assert.That(rewritten, Is.EqualTo(written));
    }

    [Test]
    public void Every_field_of_the_document_is_written_and_read_back()
    {
        VerdictDocument document = EveryField();

        string text = document.ToText();
        VerdictDocument read = VerdictDocument.Parse(text, "memory");

        Assert.That(read.ToText(), Is.EqualTo(text));
        // The plot entries are typed by their kinds, under their kinds' keys: their records are roots of their own.
        Type[] roots = [typeof(VerdictDocument), typeof(HeldOutSplitPlot), typeof(EditPlot), typeof(AblationPlot), typeof(SteeringPlot)];
        string[] keys = [HeldOutSplitPlot.Key, EditPlot.Key, AblationPlot.Key, SteeringPlot.Key];
        string[] missing = [.. roots.SelectMany(JsonNames).Concat(keys).Distinct().Where(name => !text.Contains($"\"{name}\":", StringComparison.Ordinal))];
        Assert.That(missing, Is.Empty, "fields of the typed records that the document does not write");
    }

    [Test]
    public void The_typed_fields_reports_read_survive_the_round_trip()
    {
        VerdictDocument document = EveryField();

        VerdictDocument read = VerdictDocument.Parse(document.ToText(), "memory");

        Assert.Multiple(() =>
        {
            Assert.That(read.Subject.Description, Is.EqualTo(document.Subject.Description));
            Assert.That(read.Subject.Units, Is.EqualTo(document.Subject.Units));
            Assert.That(read.Subject.Latent, Is.EqualTo(document.Subject.Latent));
            Assert.That(read.Family, Is.EqualTo(document.Family));
            Assert.That(read.Diagnostics, Is.EqualTo(document.Diagnostics));
            Assert.That(read.KeyFigures, Is.EqualTo(document.KeyFigures));
            Assert.That(read.Seeds.Run, Is.EqualTo(document.Seeds.Run));
            Assert.That(read.Fingerprints.Splits, Is.EqualTo(document.Fingerprints.Splits));
            Assert.That(HeldOutSplitPlot.In(read.PlotData!)![0].Null, Is.EqualTo(HeldOutSplitPlot.In(document.PlotData!)![0].Null));
            Assert.That(EditPlot.In(read.PlotData!)!.Kinds.Select(k => k.Kind), Is.EqualTo(EditPlot.In(document.PlotData!)!.Kinds.Select(k => k.Kind)));
            Assert.That(AblationPlot.In(read.PlotData!)!.Effects.Present, Is.EqualTo(AblationPlot.In(document.PlotData!)!.Effects.Present));
            Assert.That(SteeringPlot.In(read.PlotData!)!.Changes, Is.EqualTo(SteeringPlot.In(document.PlotData!)!.Changes));
        });
    }

    // A document with every optional field set: real records of each kind of evidence, merged, with a subject and a
    // family that no single real claim has all of.
    private static VerdictDocument EveryField()
    {
        VerdictDocument held = RealResults.Document("BottleneckClaims.Unit3MeansStripes");
        VerdictDocument edits = RealResults.Document("EditClaims.Unit3MeansStripesUnderEdits");
        VerdictDocument ablation = RealResults.Document("AblationClaims.ReadoutDrivesStripes");
        VerdictDocument steering = RealResults.Document("SteeringClaims.ReadoutSteersStripes");
        TokenExamplePlot[] tokens = [new("top", 4, "doc.py", Concept: true, 1.5, ["a", "b"], [0.5, null])];
        return held with
        {
            Subject = held.Subject with { Unit = 3, Units = [1, 3], Direction = "probe", Autoencoder = "sae", Latent = 7 },
            Family = held.Family ?? ablation.Family,
            PlotData = SteeringPlot.In(steering.PlotData!)!.Into(AblationPlot.In(ablation.PlotData!)!.Into(EditPlot.In(edits.PlotData!)!.Into(
                HeldOutSplitPlot.Into(new EvidencePlots(), [HeldOutSplitPlot.In(held.PlotData!)![0] with { TokenExamples = tokens }, .. HeldOutSplitPlot.In(held.PlotData!)!.Skip(1)])))),
        };
    }

    // The JSON names of every serialized property of the type and of the record types it holds, recursively.
    private static IEnumerable<string> JsonNames(Type root)
    {
        var seen = new HashSet<Type>();
        var pending = new Queue<Type>([root]);
        while (pending.TryDequeue(out Type? type))
        {
            if (!seen.Add(type))
            {
                continue;
            }

            foreach (PropertyInfo property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (property.GetCustomAttribute<JsonIgnoreAttribute>() is { Condition: JsonIgnoreCondition.Always }
                    || property.GetCustomAttribute<JsonExtensionDataAttribute>() is not null)
                {
                    continue;
                }

                yield return property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(property.Name);
                foreach (Type held in Held(property.PropertyType).Where(t => t.Assembly == typeof(VerdictDocument).Assembly && t.IsClass))
                {
                    pending.Enqueue(held);
                }
            }
        }
    }

    private static IEnumerable<Type> Held(Type type) =>
        type.IsGenericType ? type.GetGenericArguments().SelectMany(Held) : [Nullable.GetUnderlyingType(type) ?? type];
}
