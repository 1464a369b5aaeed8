using ClaimCheck.Evidence.Edits;

namespace FashionMnist.Edits;

/// <summary>An edit of a <see cref="GarmentImage"/> that knows its smaller versions (for the explicit shrinker).</summary>
public interface IImageEdit : IEdit<GarmentImage>
{
    /// <summary>Smaller versions of this edit, smallest step first; none for an edit that cannot get smaller.</summary>
    IEnumerable<IImageEdit> Shrinks();
}
