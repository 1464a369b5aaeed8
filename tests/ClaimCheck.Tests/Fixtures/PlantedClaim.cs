using ClaimCheck.Claims;
using ClaimCheck.Evidence.HeldOut;

namespace ClaimCheck.Tests.Fixtures;

/// <summary>Shorthands for claims on the planted target.</summary>
internal static class PlantedClaim
{
    public static ClaimDefinition Unit(int unit, string concept = "a", ClaimKind kind = ClaimKind.Means, HeldOutSettings? spec = null, string layer = "layer") => new ClaimDefinition
    {
        Id = $"Planted.Unit{unit}{kind}{concept}",
        Text = $"unit {unit} {kind} {concept}",
        Subject = new UnitSubject(layer, unit),
        Concept = concept,
        Kind = kind,
    }.WithHeldOut(spec ?? new HeldOutSettings());

    public static ClaimDefinition Direction(string name, string concept = "a") => new ClaimDefinition
    {
        Id = $"Planted.Direction{name}",
        Text = $"direction {name} means {concept}",
        Subject = new DirectionSubject("layer", name),
        Concept = concept,
    }.WithHeldOut(new HeldOutSettings());
}
