using NUnit.Framework;

// NUnit's test adapter only looks for tests in assemblies that reference nunit.framework directly. Claims alone
// reference ClaimCheck.NUnit, so this one NUnit attribute makes the reference explicit; fixtures may run in parallel,
// since the audit target and its activations are shared safely.
[assembly: Parallelizable(ParallelScope.Fixtures)]
