using ClaimCheck.Evidence.Edits;
using NUnit.Framework;

namespace ClaimCheck.Tests.Edits;

public class EditPictureTests
{
    [Test]
    public void Side_by_side_puts_both_images_at_scale_with_a_gray_gap()
    {
        float[] before = [0, 1, 1, 0];
        float[] after = [1, 0, 0, 1];

        PixelImage picture = EditPicture.SideBySide(before, after, [1, 2, 2], scale: 2);

        Assert.Multiple(() =>
        {
            Assert.That((picture.Width, picture.Height, picture.Channels), Is.EqualTo((2 * 2 * 2 + 1, 4, 1)));
            // Row 0 is the images' first row twice as wide: before 0 0 1 1 | gap | after 1 1 0 0.
            Assert.That(Row(picture, 0), Is.EqualTo(new byte[] { 0, 0, 255, 255, 128, 255, 255, 0, 0 }));
            Assert.That(Row(picture, 1), Is.EqualTo(Row(picture, 0)), "each source row is drawn twice");
            Assert.That(Row(picture, 3), Is.EqualTo(new byte[] { 255, 255, 0, 0, 128, 0, 0, 255, 255 }));
        });
    }

    [Test]
    public void Rgb_planes_become_interleaved_pixels_and_values_are_clamped()
    {
        // One pixel per image, [3, 1, 1]: red, green and blue planes.
        float[] before = [1, 0.5f, 0];
        float[] after = [-1, 2, 0.2f];

        PixelImage picture = EditPicture.SideBySide(before, after, [3, 1, 1], scale: 1);

        Assert.That(picture.Pixels.ToArray(), Is.EqualTo(new byte[] { 255, 128, 0, 128, 128, 128, 0, 255, 51 }));
    }

    [Test]
    public void A_picture_with_the_wrong_number_of_values_is_refused()
    {
        Assert.Throws<ArgumentException>(() => _ = new PixelImage(2, 2, 3, new byte[4 * 3 - 1]));
        Assert.Throws<ArgumentOutOfRangeException>(() => _ = new PixelImage(2, 2, 2, new byte[8]));
    }

    private static byte[] Row(PixelImage picture, int y) =>
        Enumerable.Range(0, picture.Width).Select(x => picture[x, y, 0]).ToArray();
}
