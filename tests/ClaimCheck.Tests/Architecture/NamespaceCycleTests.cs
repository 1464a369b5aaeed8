using ClaimCheck.Running;
using NUnit.Framework;

namespace ClaimCheck.Tests.Architecture;

/// <summary>
/// Namespaces of the core that use each other in a cycle cannot be read or changed one at a time. The cycles the
/// core still has are listed here, so a new one fails this test and removing one is noticed (the list must shrink
/// with it); the goal is an empty list.
/// </summary>
public class NamespaceCycleTests
{
    // Every use between two namespaces that lie on a common cycle, as "from → to" (prefix "ClaimCheck" dropped).
    private static readonly string[] KnownCycleEdges =
    [
        "Capture → Capture.Disk",
        "Capture.Disk → Capture",
    ];

    [Test]
    public void The_core_has_no_namespace_cycle_beyond_the_known_ones()
    {
        var edges = NamespaceGraph.Edges(typeof(ClaimRunner).Assembly, "ClaimCheck");
        List<SortedSet<string>> cycles = NamespaceGraph.Cycles(edges);
        string[] inCycles = [.. edges
            .Where(e => cycles.Any(c => c.Contains(e.From) && c.Contains(e.To)))
            .Select(e => $"{Short(e.From)} → {Short(e.To)}")
            .Order(StringComparer.Ordinal)];

        Assert.That(inCycles, Is.EqualTo(KnownCycleEdges), "uses on cycles now:\n" + string.Join("\n", inCycles.Select(e => $"\"{e}\",")));
    }

    private static string Short(string ns) => ns == "ClaimCheck" ? "(root)" : ns["ClaimCheck.".Length..];

    [Test]
    public void The_graph_sees_a_use_that_only_a_method_body_makes()
    {
        // ClaimExecution (Execution) calls VerdictDocument.Build (Reports) only inside a method body.
        var edges = NamespaceGraph.Edges(typeof(ClaimRunner).Assembly, "ClaimCheck");

        Assert.That(edges, Does.Contain(("ClaimCheck.Execution", "ClaimCheck.Reports")));
    }
}
