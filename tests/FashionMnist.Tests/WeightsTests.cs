using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using ClaimCheck.Diagnostics;
using FashionMnist.Data;
using FashionMnist.Model;
using NUnit.Framework;

namespace FashionMnist.Tests;

/// <summary>The committed weights: they load only when they match their checksum, and reach the accuracy the training log reports.</summary>
public partial class WeightsTests
{
    /// <summary>
    /// Predictions may flip on a few borderline images between CPUs (or CPU and GPU), where float reductions differ in
    /// the last bits; 0.002 is 20 of the 10,000 test images, far more flips than that would take, and far less than
    /// any real change of the weights moves accuracy.
    /// </summary>
    private const double Tolerance = 0.002;

    [Test]
    public void The_committed_weights_reach_the_reported_test_accuracy()
    {
        string log = File.ReadAllText(TrainingLogPath());
        Match reported = ReportedAccuracy().Match(log);
        Assert.That(reported.Success, "the training log reports no test accuracy of the saved weights");
        double expected = double.Parse(reported.Groups[1].Value, CultureInfo.InvariantCulture);

        var test = new FashionImages(FashionMnistFiles.Test, "t10k", [.. Enumerable.Range(0, FashionMnistFiles.TestCount)]);
        double accuracy = FashionNetRunner.Accuracy(World.Target.Network, test.Pixels, test.Labels);

        Assert.That(accuracy, Is.EqualTo(expected).Within(Tolerance));
        // A floor independent of the log: a small CNN reaches about 0.90 on Fashion-MNIST (these weights: 0.8968 after
        // 12 epochs; 3 epochs gave 0.871); below 0.88 they are not the ~90% network the world promises, whatever the log says.
        Assert.That(accuracy, Is.GreaterThan(0.88));
    }

    [Test]
    public void The_weights_file_is_small()
    {
        string weights = Path.Combine(Path.GetDirectoryName(TrainingLogPath())!, "fashion-net.dat");

        Assert.That(new FileInfo(weights).Length, Is.LessThan(500_000));
    }

    [Test]
    public void Damaged_weights_are_refused_with_CLM5011()
    {
        string folder = Directory.CreateTempSubdirectory("fashion-weights-").FullName;
        try
        {
            string path = Path.Combine(folder, "fashion-net.dat");
            FashionWeights.Save(World.Target.Network, path);
            using (FashionNet reloaded = FashionWeights.Load(path))
            {
                Assert.That(reloaded.parameters().Count(), Is.EqualTo(World.Target.Network.parameters().Count()));
            }

            byte[] bytes = File.ReadAllBytes(path);
            bytes[^5] ^= 0x40;
            File.WriteAllBytes(path, bytes);
            var damaged = Assert.Throws<ClaimCheckException>(() => FashionWeights.Load(path))!;
            Assert.That(damaged.Diagnostic.Id, Is.EqualTo(DiagnosticIds.AuditTargetFailed));
            Assert.That(damaged.Diagnostic.Message, Does.Contain("SHA-256").And.Contain(FashionWeights.RegenerateCommand));

            File.Delete(FashionWeights.ChecksumPath(path));
            var missing = Assert.Throws<ClaimCheckException>(() => FashionWeights.Load(path))!;
            Assert.That(missing.Diagnostic.Message, Does.Contain(".sha256"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string TrainingLogPath() =>
        typeof(WeightsTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "FashionTrainingLog").Value!;

    [GeneratedRegex(@"test accuracy of the saved weights[^:]*: ([0-9.]+)")]
    private static partial Regex ReportedAccuracy();
}
