using ClaimCheck.Data;
using ClaimCheck.Diagnostics;
using ClaimCheck.Targets;
using ClaimCheck.Tests.Data;
using ClaimCheck.Tests.Fixtures;
using NUnit.Framework;

namespace ClaimCheck.Tests.BadInput;

/// <summary>
/// Bad-input catalog, data files: an audit target that reads a split from an npy inputs file and a CSV of labels
/// (<see cref="SplitFiles"/>) reports a bad file on every claim with the file's own diagnostic. (The readers' own cases
/// are in tests/ClaimCheck.Tests/Data.)
/// </summary>
public class DataFileCases
{
    [Test]
    public void Inputs_file_missing_CLM5030()
    {
        Assert.That(CatalogRun.Expect(DiagnosticIds.IdxFileMissing, typeof(MissingInputsTarget), PlantedClaim.Unit(0)).Message,
            Does.StartWith("no npy file at "));
    }

    [Test]
    public void Inputs_in_Fortran_order_CLM5035()
    {
        Assert.That(CatalogRun.Expect(DiagnosticIds.NpyUnsupported, typeof(FortranInputsTarget), PlantedClaim.Unit(0)).Message,
            Does.Contain("Fortran (column-major) order (<f4 [4, 16])"));
    }

    [Test]
    public void Inputs_file_truncated_CLM5036()
    {
        Assert.That(CatalogRun.Expect(DiagnosticIds.NpyFileCorrupt, typeof(TruncatedInputsTarget), PlantedClaim.Unit(0)).Message,
            Does.Contain("(256 bytes of data), but only 156 follow"));
    }

    [Test]
    public void Labels_file_with_a_row_too_long_CLM5037()
    {
        Assert.That(CatalogRun.Expect(DiagnosticIds.CsvMalformed, typeof(MalformedLabelsTarget), PlantedClaim.Unit(0)).Message,
            Does.Contain("line 3 has 3 fields, but the header row has 2 columns (id, a)"));
    }

    [Test]
    public void Label_that_is_not_a_boolean_CLM5038()
    {
        Assert.That(CatalogRun.Expect(DiagnosticIds.CsvValueInvalid, typeof(InvalidLabelTarget), PlantedClaim.Unit(0)).Message,
            Does.EndWith("line 4, column 'a' (column 2): 'yes' is not a boolean: write 0 or 1, or false or true"));
    }

    [Test]
    public void Label_column_missing_CLM5039()
    {
        Assert.That(CatalogRun.Expect(DiagnosticIds.CsvColumnMissing, typeof(MissingLabelColumnTarget), PlantedClaim.Unit(0)).Message,
            Does.Contain("has no column 'a' (did you mean 'A'? names are case-sensitive)"));
    }

    [Test]
    public void Labels_for_another_number_of_inputs_CLM5033()
    {
        Assert.That(CatalogRun.Expect(DiagnosticIds.IdxCountMismatch, typeof(ShortLabelsTarget), PlantedClaim.Unit(0)).Message,
            Does.Contain("holds 4 examples but").And.Contain("has 3 rows after its header"));
    }
}

/// <summary>The planted target with one more split read from files that <see cref="Write"/> makes: 4 inputs of 16 values, and labels of concept 'a'.</summary>
public abstract class DataFileTarget : PlantedTarget
{
    protected DataFileTarget()
    {
        string folder = Directory.CreateTempSubdirectory("claimcheck-data-target-").FullName;
        try
        {
            string inputs = Path.Combine(folder, "inputs.npy");
            string labels = Path.Combine(folder, "labels.csv");
            Write(inputs, labels);
            _ = SplitFiles.Load("from-files", SplitRole.HeldOut, inputs, labels, "a");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Four examples of the planted width, as numpy writes them.</summary>
    protected static byte[] Inputs => NpyBytes.File(NpyBytes.Header("<f4", $"(4, {Width})"), NpyBytes.Floats(new float[4 * Width]));

    /// <summary>Labels of concept 'a' for the four examples.</summary>
    protected const string Labels = "id,a\n0,1\n1,0\n2,true\n3,false\n";

    /// <summary>Writes the inputs and labels files (or not).</summary>
    protected abstract void Write(string inputsPath, string labelsPath);
}

/// <summary>No inputs file where the target expects it.</summary>
public sealed class MissingInputsTarget : DataFileTarget
{
    protected override void Write(string inputsPath, string labelsPath) => File.WriteAllText(labelsPath, Labels);
}

/// <summary>Inputs saved from a Fortran-ordered (transposed) array.</summary>
public sealed class FortranInputsTarget : DataFileTarget
{
    protected override void Write(string inputsPath, string labelsPath)
    {
        File.WriteAllBytes(inputsPath, NpyBytes.File(NpyBytes.Header("<f4", $"(4, {Width})", fortran: true), NpyBytes.Floats(new float[4 * Width])));
        File.WriteAllText(labelsPath, Labels);
    }
}

/// <summary>An inputs file cut off 100 bytes before its end.</summary>
public sealed class TruncatedInputsTarget : DataFileTarget
{
    protected override void Write(string inputsPath, string labelsPath)
    {
        File.WriteAllBytes(inputsPath, Inputs[..^100]);
        File.WriteAllText(labelsPath, Labels);
    }
}

/// <summary>A labels file whose second row has an extra field.</summary>
public sealed class MalformedLabelsTarget : DataFileTarget
{
    protected override void Write(string inputsPath, string labelsPath)
    {
        File.WriteAllBytes(inputsPath, Inputs);
        File.WriteAllText(labelsPath, "id,a\n0,1\n1,0,7\n2,1\n3,0\n");
    }
}

/// <summary>A label 'yes' where 0/1 or true/false belong.</summary>
public sealed class InvalidLabelTarget : DataFileTarget
{
    protected override void Write(string inputsPath, string labelsPath)
    {
        File.WriteAllBytes(inputsPath, Inputs);
        File.WriteAllText(labelsPath, "id,a\n0,1\n1,0\n2,yes\n3,0\n");
    }
}

/// <summary>A labels file whose column is named 'A', not 'a'.</summary>
public sealed class MissingLabelColumnTarget : DataFileTarget
{
    protected override void Write(string inputsPath, string labelsPath)
    {
        File.WriteAllBytes(inputsPath, Inputs);
        File.WriteAllText(labelsPath, Labels.Replace("id,a", "id,A", StringComparison.Ordinal));
    }
}

/// <summary>Labels for three of the four inputs.</summary>
public sealed class ShortLabelsTarget : DataFileTarget
{
    protected override void Write(string inputsPath, string labelsPath)
    {
        File.WriteAllBytes(inputsPath, Inputs);
        File.WriteAllText(labelsPath, "id,a\n0,1\n1,0\n2,1\n");
    }
}
