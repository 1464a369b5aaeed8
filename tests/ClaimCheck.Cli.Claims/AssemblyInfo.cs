using NUnit.Framework;

// NUnit's adapter only looks at assemblies that reference nunit.framework; claims alone reference ClaimCheck.NUnit.
[assembly: Parallelizable(ParallelScope.Fixtures)]
