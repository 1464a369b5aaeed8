using ClaimCheck.Evidence.Edits;
using ClaimCheck.Targets;
using CodeWorld.Audit;
using FsCheck;
using FsCheck.Fluent;

namespace CodeWorld.Tests.Edits;

/// <summary>One case drawn from an arbitrary with a fixed seed.</summary>
internal sealed record EditCaseSample(EditCase<CodeWindow> Case)
{
    public static EditCaseSample FirstOf(Arbitrary<EditCase<CodeWindow>> arbitrary, ulong seed = 1) =>
        new(arbitrary.Generator.Sample(numberOfSamples: 1, seed: new Rnd(seed, 7919), size: 30)[0]);
}
