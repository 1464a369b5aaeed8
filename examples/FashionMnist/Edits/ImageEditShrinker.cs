using ClaimCheck.Evidence.Edits;

namespace FashionMnist.Edits;

/// <summary>The explicit shrinker of every image edit generator: the same base with each smaller version of the edit.</summary>
public static class ImageEditShrinker
{
    /// <summary>The smaller cases of <paramref name="c"/>, smallest edit first (none for an atomic edit).</summary>
    public static IEnumerable<EditCase<GarmentImage>> Shrink(EditCase<GarmentImage> c)
    {
        ArgumentNullException.ThrowIfNull(c);
        return ((IImageEdit)c.Edit).Shrinks().Select(smaller => c with { Edit = smaller });
    }
}
