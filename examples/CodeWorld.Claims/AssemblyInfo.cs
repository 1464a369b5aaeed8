using NUnit.Framework;

// NUnit's test adapter only looks for tests in assemblies that reference nunit.framework. Claims alone reference
// ClaimCheck.NUnit, so one NUnit attribute makes the reference explicit; fixtures may run in parallel, since the
// audit target and its activation cache are shared safely.
[assembly: Parallelizable(ParallelScope.Fixtures)]
