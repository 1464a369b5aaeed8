namespace ClaimCheck.NUnit; internal static class Placeholder { }
