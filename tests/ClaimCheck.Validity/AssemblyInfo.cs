// The study's fixture runs one long setup and asserts on it; nothing gains from running fixtures in parallel here.
[assembly: NUnit.Framework.Parallelizable(NUnit.Framework.ParallelScope.None)]
