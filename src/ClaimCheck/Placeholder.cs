namespace ClaimCheck; internal static class Placeholder { }
