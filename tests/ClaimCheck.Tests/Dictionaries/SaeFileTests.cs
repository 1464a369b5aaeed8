using System.Buffers.Binary;
using ClaimCheck.Diagnostics;
using ClaimCheck.Dictionaries;
using NUnit.Framework;

namespace ClaimCheck.Tests.Dictionaries;

/// <summary>Saving and loading keep every weight; damaged or foreign files are refused with CLM5043.</summary>
public class SaeFileTests
{
    private static SparseAutoencoder Sample() =>
        HandMadeAutoencoders.UnitReaders(width: 4, latents: 3, threshold: 0.25f, layer: "features.conv2", fingerprint: "sha256:0123456789abcdef");

    [Test]
    public void A_saved_file_loads_back_the_same_autoencoder()
    {
        string path = Path.Combine(Path.GetTempPath(), $"claimcheck-sae-{Guid.NewGuid():N}.dat");
        try
        {
            SparseAutoencoder original = Sample();
            SaeFile.Save(original, path);
            SparseAutoencoder loaded = SaeFile.Load(path);

            Assert.That(loaded.Layer, Is.EqualTo("features.conv2"));
            Assert.That(loaded.ModelFingerprint, Is.EqualTo("sha256:0123456789abcdef"));
            Assert.That(loaded.EncoderWeights, Is.EqualTo(original.EncoderWeights));
            Assert.That(loaded.EncoderBias, Is.EqualTo(original.EncoderBias));
            Assert.That(loaded.DecoderWeights, Is.EqualTo(original.DecoderWeights));
            Assert.That(SaeFile.ToBytes(loaded), Is.EqualTo(File.ReadAllBytes(path)), "same weights, same bytes");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void A_flipped_byte_fails_the_checksum()
    {
        byte[] bytes = SaeFile.ToBytes(Sample());
        bytes[bytes.Length / 2] ^= 0x40;

        Assert.That(Refusal(bytes), Does.Contain("checksum"));
    }

    [Test]
    public void A_truncated_file_is_refused()
    {
        byte[] bytes = SaeFile.ToBytes(Sample());

        Assert.That(Refusal(bytes[..(bytes.Length - 10)]), Does.Contain("checksum"));
        Assert.That(Refusal(bytes[..8]), Does.Contain("truncated"));
    }

    [Test]
    public void A_foreign_file_is_refused()
    {
        Assert.That(Refusal("PK\u0003\u0004 a zip, not an autoencoder"u8.ToArray()), Does.Contain("header"));
    }

    [Test]
    public void Another_format_version_is_refused()
    {
        byte[] bytes = SaeFile.ToBytes(Sample());
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(SaeFile.Magic.Length), SaeFile.Version + 1);

        Assert.That(Refusal(bytes), Does.Contain($"version {SaeFile.Version + 1}"));
    }

    [Test]
    public void A_missing_file_is_refused()
    {
        var error = Assert.Throws<ClaimCheckException>(() => SaeFile.Load(Path.Combine(Path.GetTempPath(), "no-such-autoencoder.dat")))!;

        Assert.That(error.Diagnostic.Id, Is.EqualTo(DiagnosticIds.AutoencoderCorrupt));
    }

    private static string Refusal(byte[] bytes)
    {
        var error = Assert.Throws<ClaimCheckException>(() => SaeFile.FromBytes(bytes, "sample.dat"))!;
        Assert.That(error.Diagnostic.Id, Is.EqualTo(DiagnosticIds.AutoencoderCorrupt));
        Assert.That(error.Message, Does.Contain("sample.dat"));
        return error.Message;
    }
}
