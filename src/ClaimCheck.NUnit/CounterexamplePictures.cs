using ClaimCheck.Evidence.Edits;
using ClaimCheck.Reporting.Pictures;

namespace ClaimCheck.NUnit;

/// <summary>Encodes counterexample pictures as PNG for the claim's records (see <see cref="Reports.ClaimRecords"/>).</summary>
internal static class CounterexamplePictures
{
    /// <summary>The PNG of <paramref name="image"/>, or null (with a line in <paramref name="output"/>) where SkiaSharp does not load.</summary>
    public static byte[]? Png(PixelImage image, TextWriter output)
    {
        try
        {
            return PixelPng.Encode(image);
        }
        catch (Exception e) when (e is DllNotFoundException or TypeInitializationException)
        {
            // Pictures are for reading, as plots are: a machine whose SkiaSharp native library does not load still
            // gets its verdict and its counterexamples in words.
            output.WriteLine($"  counterexample picture not written: SkiaSharp's native library did not load ({e.GetBaseException().Message})");
            return null;
        }
    }
}
