using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using ClaimCheck.Diagnostics;
using CodeWorld.Corpus;
using CodeWorld.Evaluation;
using CodeWorld.Model;
using NUnit.Framework;

namespace CodeWorld.Tests;

/// <summary>
/// The committed weights: they load only when they match their checksum, they are the weights the training command
/// recorded, and they predict held-out and shifted code far better than the unigram baseline, as the log reports.
/// </summary>
public partial class WeightsTests
{
    /// <summary>
    /// Float reductions may differ in the last bits across CPUs; over 32,768 predictions the mean moves by far less
    /// than 0.01 bits, and any real change of the weights moves it by more.
    /// </summary>
    private const double Tolerance = 0.01;

    private static IReadOnlyList<SplitBits>? _measured;

    private static IReadOnlyList<SplitBits> Measured
    {
        get
        {
            if (_measured is null)
            {
                using CodeTransformer model = CodeWeights.LoadCommitted();
                _measured = SplitBits.Measure(model, CodeCorpus.Committed);
            }

            return _measured;
        }
    }

    [Test]
    public void The_committed_weights_are_the_ones_the_training_command_recorded()
    {
        Match recorded = RecordedHash().Match(File.ReadAllText(TrainingLogPath()));
        Assert.That(recorded.Success, "the training log records no weights SHA-256");

        string actual = CodeWeights.Sha256Of(File.ReadAllBytes(Path.Combine(Path.GetDirectoryName(TrainingLogPath())!, "code-transformer.dat")));

        Assert.That(actual, Is.EqualTo(recorded.Groups[1].Value));
        Assert.That(CodeWeights.CommittedSha256, Is.EqualTo(actual), "the .sha256 embedded in CodeWorld.dll is not the committed file's: rebuild");
    }

    [TestCase(CodeSplit.HeldOut)]
    [TestCase(CodeSplit.Shifted)]
    [TestCase(CodeSplit.Training)]
    public void The_model_predicts_code_far_better_than_the_unigram_baseline_as_the_log_reports(CodeSplit split)
    {
        SplitBits bits = Measured.Single(b => b.Split == split);
        TestContext.Progress.WriteLine(bits.ToString());

        // The unigram baseline (about 4.5 bits per character on Python) ignores context; a character model that has
        // learnt indentation, keywords and names predicts well over a bit better. 1.0 bits below it is the floor: a
        // model that learnt only bigram-like statistics reaches about 3.3 (the weights after 100 steps: 3.4–3.7).
        Assert.That(bits.Model, Is.LessThan(bits.Unigram - 1.0));

        Match reported = Regex.Match(File.ReadAllText(TrainingLogPath()), $@"^\s*{split}: model ([0-9.]+) bits per character, unigram ([0-9.]+)", RegexOptions.Multiline);
        Assert.That(reported.Success, $"the training log reports no bits per character for {split}");
        Assert.That(bits.Model, Is.EqualTo(double.Parse(reported.Groups[1].Value, CultureInfo.InvariantCulture)).Within(Tolerance));
        Assert.That(bits.Unigram, Is.EqualTo(double.Parse(reported.Groups[2].Value, CultureInfo.InvariantCulture)).Within(1e-4));
    }

    [Test]
    public void Held_out_code_of_the_same_base_is_predicted_better_than_shifted_code()
    {
        double heldOut = Measured.Single(b => b.Split == CodeSplit.HeldOut).Model;
        double shifted = Measured.Single(b => b.Split == CodeSplit.Shifted).Model;

        Assert.That(shifted, Is.GreaterThan(heldOut), "numpy's sources should be harder for a model of the standard library than the library's own held-out files");
    }

    [Test]
    public void The_weights_file_is_a_few_megabytes_at_most()
    {
        string weights = Path.Combine(Path.GetDirectoryName(TrainingLogPath())!, "code-transformer.dat");

        Assert.That(new FileInfo(weights).Length, Is.LessThan(4_000_000));
    }

    [Test]
    public void Damaged_weights_are_refused_with_CLM5011()
    {
        string folder = Directory.CreateTempSubdirectory("code-weights-").FullName;
        try
        {
            string path = Path.Combine(folder, "code-transformer.dat");
            using (CodeTransformer model = CodeWeights.LoadCommitted())
            {
                CodeWeights.Save(model, path);
            }

            using (CodeTransformer reloaded = CodeWeights.Load(path))
            {
                Assert.That(reloaded.parameters().Sum(p => p.numel()), Is.GreaterThan(400_000));
            }

            byte[] bytes = File.ReadAllBytes(path);
            bytes[^5] ^= 0x40;
            File.WriteAllBytes(path, bytes);
            var damaged = Assert.Throws<ClaimCheckException>(() => CodeWeights.Load(path))!;
            Assert.That(damaged.Diagnostic.Id, Is.EqualTo(DiagnosticIds.AuditTargetFailed));
            Assert.That(damaged.Diagnostic.Message, Does.Contain("SHA-256").And.Contain(CodeWeights.RegenerateCommand));

            File.Delete(CodeWeights.ChecksumPath(path));
            var missing = Assert.Throws<ClaimCheckException>(() => CodeWeights.Load(path))!;
            Assert.That(missing.Diagnostic.Message, Does.Contain(".sha256"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string TrainingLogPath() =>
        typeof(WeightsTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "CodeTrainingLog").Value!;

    [GeneratedRegex(@"weights SHA-256: ([0-9a-f]{64})")]
    private static partial Regex RecordedHash();
}
