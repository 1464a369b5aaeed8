using ToyModels.Data;

namespace ToyModels.Targets;

/// <summary>Dense data (S = 0), run 1: the paper's regime of two orthogonal features.</summary>
public sealed class DenseTarget() : ToyModelTarget(ToyRegime.Dense);

/// <summary>Dense data (S = 0), run 2: other seeds for initial weights and batches, the same data.</summary>
public sealed class DenseRun2Target() : ToyModelTarget(ToyRegime.DenseRun2);

/// <summary>S = 0.7, run 1.</summary>
public sealed class S70Target() : ToyModelTarget(ToyRegime.S70);

/// <summary>S = 0.8, run 1.</summary>
public sealed class S80Target() : ToyModelTarget(ToyRegime.S80);

/// <summary>S = 0.9, run 1.</summary>
public sealed class S90Target() : ToyModelTarget(ToyRegime.S90);

/// <summary>S = 0.97, run 1: high sparsity, the paper's pentagon regime.</summary>
public sealed class SparseTarget() : ToyModelTarget(ToyRegime.Sparse);

/// <summary>S = 0.97, run 2: other seeds for initial weights and batches, the same data.</summary>
public sealed class SparseRun2Target() : ToyModelTarget(ToyRegime.SparseRun2);
