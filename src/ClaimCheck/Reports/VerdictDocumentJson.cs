using System.Text.Json.Serialization;
using ClaimCheck.Running;

namespace ClaimCheck.Reports;

/// <summary>
/// The serializer of the records a run writes, generated at compile time: property names in camel case, enums by name,
/// null written where a property is not marked otherwise (e.g. a missing model fingerprint), required fields and
/// nullable annotations enforced on reading, so a record that lacks a field is rejected rather than read as empty.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true)]
[JsonSerializable(typeof(VerdictDocument))]
internal sealed partial class VerdictDocumentJson : JsonSerializerContext;
