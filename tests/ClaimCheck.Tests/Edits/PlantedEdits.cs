using ClaimCheck.Evidence.Edits;
using ClaimCheck.Targets;
using ClaimCheck.Tests.Fixtures;
using FsCheck;
using FsCheck.Fluent;

namespace ClaimCheck.Tests.Edits;

/// <summary>An input of the planted target, with value equality (so replay can be compared exactly).</summary>
public sealed record Vec(float[] Values)
{
    public bool Equals(Vec? other) => other is not null && Values.AsSpan().SequenceEqual(other.Values);

    public override int GetHashCode() => Values.Length;
}

/// <summary>Adds <c>Amount</c>/4 to one component; its size is the amount.</summary>
public sealed record Nudge(int Component, int Amount) : IEdit<Vec>
{
    public int Size => Amount;

    public Vec Apply(Vec input)
    {
        float[] values = [.. input.Values];
        values[Component] += Amount / 4f;
        return new Vec(values);
    }

    public string Describe() => $"adds {Amount / 4.0:0.00} to component {Component}";
}

/// <summary>Sets component a (0) to a value: 1 adds the concept, 0 removes it.</summary>
public sealed record SetA(float Value) : IEdit<Vec>
{
    public int Size => 1;

    public Vec Apply(Vec input)
    {
        float[] values = [.. input.Values];
        values[0] = Value;
        return new Vec(values);
    }

    public string Describe() => Value > 0 ? "switches a on" : "switches a off";
}

/// <summary>Edits of concept "a" of the planted target: add/remove set component 0; nuisance nudges b (1) or a noise component.</summary>
public sealed class PlantedEdits : IConceptEdits<Vec>, IInputEncoder<Vec>
{
    public PlantedEdits(PlantedTarget target)
    {
        DataSplit split = target.Split("held-out");
        ExampleShape = split.ExampleShape;
        bool[] a = split.Labels["a"];
        Vec[] bases = [.. Enumerable.Range(0, split.Count).Select(i => new Vec(split.Example(i).ToArray()))];
        Vec[] without = [.. bases.Where((_, i) => !a[i])];
        Vec[] with = [.. bases.Where((_, i) => a[i])];
        Add = Arb.From(Pick(without).Select(v => Case(v, new SetA(1))), _ => []);
        Remove = Arb.From(Pick(with).Select(v => Case(v, new SetA(0))), _ => []);
        Gen<EditCase<Vec>> nuisance =
            from v in Pick(bases)
            from component in Gen.Elements(1, 5, 9)
            from amount in Gen.Choose(1, 4)
            select Case(v, new Nudge(component, amount));
        Nuisance = Arb.From(nuisance, ShrinkNudge);
    }

    public string Concept => "a";

    public Arbitrary<EditCase<Vec>> Add { get; }

    public Arbitrary<EditCase<Vec>> Remove { get; }

    public Arbitrary<EditCase<Vec>> Nuisance { get; }

    public IReadOnlyList<long> ExampleShape { get; }

    public void Encode(Vec input, Span<float> destination) => input.Values.CopyTo(destination);

    private static EditCase<Vec> Case(Vec v, IEdit<Vec> edit) => new(v, "a held-out input", 1, edit);

    private static Gen<Vec> Pick(Vec[] pool) => Gen.Choose(0, pool.Length - 1).Select(i => pool[i]);

    private static IEnumerable<EditCase<Vec>> ShrinkNudge(EditCase<Vec> c)
    {
        var nudge = (Nudge)c.Edit;
        for (int amount = 1; amount < nudge.Amount; amount++)
        {
            yield return c with { Edit = nudge with { Amount = amount } };
        }
    }
}
