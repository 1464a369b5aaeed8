using System.Runtime.InteropServices;
using ClaimCheck.Data;
using ClaimCheck.Diagnostics;
using ClaimCheck.Targets;
using NUnit.Framework;

namespace ClaimCheck.Parity;

/// <summary>
/// Files written by numpy's own <c>np.save</c> and Python's <c>csv</c> module (reference/make_reference.py) read back
/// to the bit; what numpy writes and ClaimCheck does not read (Fortran order, big-endian, objects, float16) is CLM5035.
/// </summary>
public class NumpyFilesTests
{
    private static NpyArray Npy(string name) => NpyReader.Read(PyTorchReference.File(name));

    [Test]
    public void Inputs_saved_by_numpy_are_bit_identical_to_the_tensor_PyTorch_used()
    {
        var reference = new ReferenceTensors(PyTorchReference.File("reference.safetensors"));

        NpyArray inputs = Npy("inputs.npy");

        Assert.That(inputs.DataType, Is.EqualTo(NpyDataType.FourByteFloat));
        Assert.That(inputs.Shape, Is.EqualTo(reference.Shape("inputs")));
        Assert.That(MemoryMarshal.AsBytes(inputs.ToSingles().AsSpan()).ToArray(), Is.EqualTo(reference.Bytes("inputs")));
    }

    [Test]
    public void Every_supported_type_numpy_writes_reads_back()
    {
        NpyArray float64 = Npy("float64.npy");
        NpyArray int64 = Npy("int64.npy");
        NpyArray booleans = Npy("bool.npy");
        NpyArray bytes = Npy("uint8.npy");
        NpyArray scalar = Npy("scalar.npy");
        NpyArray empty = Npy("empty.npy");

        Assert.Multiple(() =>
        {
            // np.linspace(-1.5, 2.5, 12): its last value is exactly the stop, the others within rounding of start + i·step.
            Assert.That((float64.DataType, float64.Shape), Is.EqualTo((NpyDataType.EightByteFloat, new long[] { 3, 4 })));
            Assert.That(float64.ToDoubles(), Is.EqualTo(Enumerable.Range(0, 12).Select(i => -1.5 + (i * 4.0 / 11)).ToArray()).Within(1e-15));
            Assert.That(float64.ToDoubles()[^1], Is.EqualTo(2.5));
            Assert.That((int64.DataType, int64.Shape), Is.EqualTo((NpyDataType.EightByteInteger, new long[] { 2, 3 })));
            Assert.That(int64.ToInt64s(), Is.EqualTo(new[] { -3, 0, 7, 1L << 40, -(1L << 40), 1 }));
            Assert.That((booleans.DataType, booleans.Shape), Is.EqualTo((NpyDataType.Bool, new long[] { 5 })));
            Assert.That(booleans.ToBooleans(), Is.EqualTo(new[] { true, false, false, true, true }));
            Assert.That((bytes.DataType, bytes.Shape), Is.EqualTo((NpyDataType.UnsignedByte, new long[] { 2, 9 })));
            Assert.That(bytes.ToInt64s(), Is.EqualTo(Enumerable.Range(0, 18).Select(i => 15L * i).ToArray()));
            Assert.That((scalar.Shape.Count, scalar.ToSingles()), Is.EqualTo((0, new[] { 0.25f })));
            Assert.That((empty.Shape, empty.Length), Is.EqualTo((new long[] { 0, 3 }, 0)));
        });
    }

    [TestCase("fortran.npy", "Fortran (column-major) order (<f4 [2, 3])")]
    [TestCase("big-endian.npy", "big-endian ('>f4')")]
    [TestCase("object.npy", "Python objects (dtype object)")]
    [TestCase("float16.npy", "elements of type '<f2'")]
    public void What_numpy_writes_and_ClaimCheck_does_not_read_is_CLM5035(string file, string said)
    {
        ClaimCheckException error = Assert.Throws<ClaimCheckException>(() => Npy(file))!;

        Assert.That(error.Diagnostic.Id, Is.EqualTo(DiagnosticIds.NpyUnsupported));
        Assert.That(error.Diagnostic.Message, Does.Contain(said));
    }

    [Test]
    public void Labels_written_by_Python_csv_read_back_by_column_name()
    {
        var reference = new ReferenceTensors(PyTorchReference.File("reference.safetensors"));
        float[] inputs = reference.Floats("inputs");
        float[] outputs = reference.Floats("outputs");
        float[] first = Enumerable.Range(0, 64).Select(i => inputs[i * 16]).ToArray();

        CsvTable labels = CsvReader.Read(PyTorchReference.File("labels.csv"));

        Assert.That(labels.Columns, Is.EqualTo(new[] { "id", "class0", "first_positive", "score" }));
        Assert.That(labels.Numbers("id"), Is.EqualTo(Enumerable.Range(0, 64).Select(i => (double)i).ToArray()));
        Assert.That(labels.Booleans("first_positive"), Is.EqualTo(first.Select(x => x > 0).ToArray()));
        // Python's repr of a float32 widened to double is exact, so the feature column reads back to the bit.
        Assert.That(labels.Features("score"), Is.EqualTo(first));
        Assert.That(labels.Booleans("class0"), Is.EqualTo(Enumerable.Range(0, 64).Select(i => ArgMax(outputs.AsSpan(i * 3, 3)) == 0).ToArray()));
    }

    [Test]
    public void A_split_from_the_npy_inputs_and_the_CSV_labels()
    {
        var reference = new ReferenceTensors(PyTorchReference.File("reference.safetensors"));

        DataSplit split = SplitFiles.Load("reference", SplitRole.HeldOut, PyTorchReference.File("inputs.npy"), PyTorchReference.File("labels.csv"), "class0", "first_positive");

        Assert.That((split.Count, split.ExampleShape), Is.EqualTo((64, new long[] { 2, 8 })));
        Assert.That(split.Values.ToArray(), Is.EqualTo(reference.Floats("inputs")));
        Assert.That(split.Labels["first_positive"].Count(x => x), Is.InRange(1, 63), "both classes occur");
    }

    private static int ArgMax(ReadOnlySpan<float> values)
    {
        int best = 0;
        for (int i = 1; i < values.Length; i++)
        {
            best = values[i] > values[best] ? i : best;
        }

        return best;
    }
}
