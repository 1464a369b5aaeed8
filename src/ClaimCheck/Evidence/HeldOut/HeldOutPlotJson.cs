using System.Text.Json.Serialization;

namespace ClaimCheck.Evidence.HeldOut;

/// <summary>
/// The serializer of the held-out entry of a verdict document's plot data, generated at compile time with the options of
/// the document's own serializer (camel case, enums by name, nullable annotations and required fields enforced), so the
/// entry reads and writes as if the document's serializer had written it.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true)]
[JsonSerializable(typeof(IReadOnlyList<HeldOutSplitPlot>))]
internal sealed partial class HeldOutPlotJson : JsonSerializerContext;
