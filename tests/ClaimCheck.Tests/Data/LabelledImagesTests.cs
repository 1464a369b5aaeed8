using ClaimCheck.Data;
using ClaimCheck.Diagnostics;
using NUnit.Framework;

namespace ClaimCheck.Tests.Data;

public class LabelledImagesTests
{
    [Test]
    public void Pairs_images_with_labels()
    {
        using var folder = new TempFolder();
        string images = folder.Write("images.gz", IdxBytes.Gzip(IdxBytes.Ramp(3, 2, 2)));
        string labels = folder.Write("labels", IdxBytes.Labels(9, 0, 4));

        LabelledImages set = LabelledImages.Load(images, labels, classCount: 10);

        Assert.That(set.Count, Is.EqualTo(3));
        Assert.That(set.Rows, Is.EqualTo(2));
        Assert.That(set.Columns, Is.EqualTo(2));
        Assert.That(set.Labels, Is.EqualTo(new byte[] { 9, 0, 4 }));
        Assert.That(set.Image(2).ToArray(), Is.EqualTo(new byte[] { 8, 9, 10, 11 }));
    }

    [Test]
    public void Different_counts_are_CLM5033()
    {
        using var folder = new TempFolder();
        string images = folder.Write("images", IdxBytes.Ramp(3, 2, 2));
        string labels = folder.Write("labels", IdxBytes.Labels(1, 2));

        var e = Assert.Throws<ClaimCheckException>(() => LabelledImages.Load(images, labels))!;

        Assert.That(e.Diagnostic.Id, Is.EqualTo(DiagnosticIds.IdxCountMismatch));
        Assert.That(e.Diagnostic.Message, Does.Contain("3 images").And.Contain("2 labels"));
    }

    [Test]
    public void Swapped_files_are_CLM5034()
    {
        using var folder = new TempFolder();
        string images = folder.Write("images", IdxBytes.Ramp(3, 2, 2));
        string labels = folder.Write("labels", IdxBytes.Labels(1, 2, 3));

        var e = Assert.Throws<ClaimCheckException>(() => LabelledImages.Load(labels, images))!;

        Assert.That(e.Diagnostic.Id, Is.EqualTo(DiagnosticIds.IdxUnexpectedLayout));
    }

    [Test]
    public void Float_images_are_CLM5034()
    {
        using var folder = new TempFolder();
        string images = folder.Write("images", IdxBytes.File(0x0D, [1, 1, 1], new byte[4]));
        string labels = folder.Write("labels", IdxBytes.Labels(0));

        var e = Assert.Throws<ClaimCheckException>(() => LabelledImages.Load(images, labels))!;

        Assert.That(e.Diagnostic.Id, Is.EqualTo(DiagnosticIds.IdxUnexpectedLayout));
        Assert.That(e.Diagnostic.Message, Does.Contain("FourByteFloat"));
    }

    [Test]
    public void A_label_outside_the_classes_is_CLM5034()
    {
        using var folder = new TempFolder();
        string images = folder.Write("images", IdxBytes.Ramp(3, 2, 2));
        string labels = folder.Write("labels", IdxBytes.Labels(1, 12, 3));

        var e = Assert.Throws<ClaimCheckException>(() => LabelledImages.Load(images, labels, classCount: 10))!;

        Assert.That(e.Diagnostic.Id, Is.EqualTo(DiagnosticIds.IdxUnexpectedLayout));
        Assert.That(e.Diagnostic.Message, Does.Contain("label 1 is 12"));
    }

    [Test]
    public void A_missing_labels_file_is_CLM5030()
    {
        using var folder = new TempFolder();
        string images = folder.Write("images", IdxBytes.Ramp(1, 2, 2));

        var e = Assert.Throws<ClaimCheckException>(() => LabelledImages.Load(images, Path.Combine(folder.Path, "labels")))!;

        Assert.That(e.Diagnostic.Id, Is.EqualTo(DiagnosticIds.IdxFileMissing));
    }
}
