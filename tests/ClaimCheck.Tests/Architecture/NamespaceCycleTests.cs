using ClaimCheck.Running;
using NUnit.Framework;

namespace ClaimCheck.Tests.Architecture;

/// <summary>
/// Namespaces of the core that use each other in a cycle cannot be read or changed one at a time. The core has none:
/// its namespaces form layers (docs/architecture.md), and a namespace uses its own layer and those below it, never one
/// above.
/// </summary>
public class NamespaceCycleTests
{
    // The core's layers, bottom to top, as docs/architecture.md describes them (prefix "ClaimCheck" dropped). A
    // namespace belongs to the layer of the longest name here that it is or lies under (Capture.Disk is in Capture's).
    private static readonly string[][] Layers =
    [
        ["Diagnostics", "Analyzers", "Statistics", "Torch", "Snapshots", "Readouts", "Verdicts"],
        ["Claims"],
        ["Dictionaries", "Targets"],
        ["Capture"],
        ["Evidence"],
        ["Evidence.HeldOut", "Evidence.Ablation", "Evidence.Edits", "Evidence.Steering"],
        ["(root)"],
        ["Running"],
        ["Reports", "Execution", "Exploration", "Dictionaries.Training"],
    ];

    private static HashSet<(string From, string To)> CoreEdges => NamespaceGraph.Edges(typeof(ClaimRunner).Assembly, "ClaimCheck");

    [Test]
    public void The_core_has_no_namespace_cycle()
    {
        var edges = CoreEdges;

        string[] inCycles = OnCycles(edges);

        Assert.That(inCycles, Is.Empty, "uses on cycles:\n" + string.Join("\n", inCycles));
    }

    [Test]
    public void The_cycle_check_sees_a_cycle()
    {
        var edges = new HashSet<(string From, string To)>
        {
            ("ClaimCheck.Claims", "ClaimCheck.Targets"),
            ("ClaimCheck.Targets", "ClaimCheck.Claims"),
            ("ClaimCheck.Targets", "ClaimCheck.Diagnostics"),
        };

        Assert.That(OnCycles(edges), Is.EqualTo(new[] { "Claims → Targets", "Targets → Claims" }));
    }

    [Test]
    public void No_namespace_of_the_core_uses_one_in_a_layer_above_it()
    {
        var edges = CoreEdges;
        string[] unplaced = [.. edges.SelectMany(e => new[] { e.From, e.To }).Distinct().Where(n => LayerOf(n) < 0).Select(Short).Order(StringComparer.Ordinal)];

        string[] upward = Upward(edges);

        Assert.Multiple(() =>
        {
            Assert.That(unplaced, Is.Empty, "namespaces in no layer: give each its layer here and in docs/architecture.md");
            Assert.That(upward, Is.Empty, "uses of a layer above");
        });
    }

    [Test]
    public void The_layer_check_sees_a_use_of_a_layer_above()
    {
        var edges = new HashSet<(string From, string To)>
        {
            ("ClaimCheck.Capture.Disk", "ClaimCheck.Evidence.Ablation"),
            ("ClaimCheck.Evidence.Ablation", "ClaimCheck.Capture.Disk"),
            ("ClaimCheck.Targets", "ClaimCheck.Dictionaries"),
        };

        Assert.That(Upward(edges), Is.EqualTo(new[] { "Capture.Disk → Evidence.Ablation" }));
    }

    [Test]
    public void The_graph_sees_a_use_that_only_a_method_body_makes()
    {
        // ClaimExecution (Execution) calls VerdictDocument.Build (Reports) only inside a method body.
        Assert.That(CoreEdges, Does.Contain(("ClaimCheck.Execution", "ClaimCheck.Reports")));
    }

    private static string[] OnCycles(HashSet<(string From, string To)> edges)
    {
        List<SortedSet<string>> cycles = NamespaceGraph.Cycles(edges);
        return [.. edges
            .Where(e => cycles.Any(c => c.Contains(e.From) && c.Contains(e.To)))
            .Select(e => $"{Short(e.From)} → {Short(e.To)}")
            .Order(StringComparer.Ordinal)];
    }

    private static string[] Upward(HashSet<(string From, string To)> edges) => [.. edges
        .Where(e => LayerOf(e.To) > LayerOf(e.From))
        .Select(e => $"{Short(e.From)} → {Short(e.To)}")
        .Order(StringComparer.Ordinal)];

    private static int LayerOf(string ns)
    {
        string name = Short(ns);
        var places = Layers
            .SelectMany((layer, index) => layer.Select(listed => (Listed: listed, Index: index)))
            .Where(p => name == p.Listed || (p.Listed != "(root)" && name.StartsWith(p.Listed + ".", StringComparison.Ordinal)))
            .ToList();
        return places.Count == 0 ? -1 : places.MaxBy(p => p.Listed.Length).Index;
    }

    private static string Short(string ns) => ns == "ClaimCheck" ? "(root)" : ns["ClaimCheck.".Length..];
}
