namespace ClaimCheck.Analyzers.Tests.Harness;

/// <summary>Source snippets test projects share.</summary>
internal static class Sources
{
    /// <summary>A concrete audit target with a public parameterless constructor, to bind claims to.</summary>
    public const string World = """

        public sealed class World : ClaimCheck.Targets.AuditTarget
        {
            public override string Name => "world";
            public override TorchSharp.torch.nn.Module<TorchSharp.torch.Tensor, TorchSharp.torch.Tensor> Model => throw new NotSupportedException();
            public override System.Collections.Generic.IReadOnlyList<ClaimCheck.Targets.DataSplit> Splits => [];
            public override ClaimCheck.Targets.ConceptLibrary Concepts => throw new NotSupportedException();
        }
        """;
}
