using System.Text.Json.Nodes;

namespace ClaimCheck.Tests.Snapshots;

/// <summary>Snapshot documents shaped like the ones the claim runner produces.</summary>
internal static class SampleSnapshots
{
    public static JsonObject Claim(string verdict = "Holds", double auroc = 0.84, int positives = 120, long seed = 1234) => new()
    {
        ["claim"] = "Unit 42 of fc1 means negation",
        ["subject"] = "fc1[42]",
        ["concept"] = "negation",
        ["verdict"] = verdict,
        ["diagnostics"] = new JsonArray(new JsonObject
        {
            ["id"] = "CLM1201",
            ["message"] = "also responds to 'question'",
        }),
        ["evidence"] = new JsonObject
        {
            ["heldOut"] = new JsonObject
            {
                ["auroc"] = auroc,
                ["low"] = 0.79,
                ["high"] = 0.88,
                ["positives"] = positives,
            },
        },
        ["seed"] = seed,
    };
}
