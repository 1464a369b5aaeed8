// The browser test starts a chromium process; the other tests are light. Fixtures may run side by side.
[assembly: NUnit.Framework.Parallelizable(NUnit.Framework.ParallelScope.Fixtures)]
