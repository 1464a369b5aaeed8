using ClaimCheck.Data;

namespace FashionMnist.Data;

/// <summary>
/// Where the Fashion-MNIST files are and how they are read. The Debian package <c>dataset-fashion-mnist</c> installs
/// them under <see cref="DefaultFolder"/>; the environment variable <see cref="FolderVariable"/> points elsewhere.
/// Nothing is downloaded. Each set is read once per process and shared (reading the training set takes about a second).
/// </summary>
public static class FashionMnistFiles
{
    /// <summary>Where <c>dataset-fashion-mnist</c> installs the files.</summary>
    public const string DefaultFolder = "/usr/share/datasets/fashion-mnist";

    /// <summary>The environment variable that overrides <see cref="DefaultFolder"/>.</summary>
    public const string FolderVariable = "FASHION_MNIST_DIR";

    /// <summary>Images in the training set.</summary>
    public const int TrainingCount = 60_000;

    /// <summary>Images in the test set.</summary>
    public const int TestCount = 10_000;

    /// <summary>Pixel rows and columns of every image.</summary>
    public const int Side = 28;

    private static readonly Lazy<LabelledImages> TrainingSet = new(() => Load("train"), LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<LabelledImages> TestSet = new(() => Load("t10k"), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The folder the files are read from.</summary>
    public static string Folder => Environment.GetEnvironmentVariable(FolderVariable) is { Length: > 0 } folder ? folder : DefaultFolder;

    /// <summary>The 60,000 training images and labels.</summary>
    /// <exception cref="ClaimCheck.Diagnostics.ClaimCheckException">CLM5030–CLM5034 when the files are missing or damaged.</exception>
    public static LabelledImages Training => TrainingSet.Value;

    /// <summary>The 10,000 test images and labels.</summary>
    /// <exception cref="ClaimCheck.Diagnostics.ClaimCheckException">CLM5030–CLM5034 when the files are missing or damaged.</exception>
    public static LabelledImages Test => TestSet.Value;

    /// <summary>The path of a file of the set, e.g. <c>ImagesPath("t10k")</c>.</summary>
    public static string ImagesPath(string set) => Path.Combine(Folder, $"{set}-images-idx3-ubyte.gz");

    /// <summary>The path of the labels file of a set.</summary>
    public static string LabelsPath(string set) => Path.Combine(Folder, $"{set}-labels-idx1-ubyte.gz");

    private static LabelledImages Load(string set)
    {
        foreach (string path in new[] { ImagesPath(set), LabelsPath(set) })
        {
            if (!File.Exists(path))
            {
                // The reader's own CLM5030 names the file; this one also says how to get it.
                throw new ClaimCheck.Diagnostics.ClaimCheckException(ClaimCheck.Diagnostics.DiagnosticIds.IdxFileMissing,
                    $"no Fashion-MNIST file at {path}: install the Debian package dataset-fashion-mnist (apt-get install dataset-fashion-mnist) "
                    + $"or set {FolderVariable} to the folder that holds the four *-ubyte.gz files");
            }
        }

        return LabelledImages.Load(ImagesPath(set), LabelsPath(set), FashionConcepts.ClassCount);
    }
}
