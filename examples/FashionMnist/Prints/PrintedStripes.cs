namespace FashionMnist.Prints;

/// <summary>The prints world's image-edit concept: horizontal stripes printed on the garment.</summary>
public static class PrintedStripes
{
    /// <summary>The concept's name, as claims refer to it.</summary>
    public const string Concept = "printed-stripes";

    /// <summary>The concept's description, for reports.</summary>
    public const string Description =
        "horizontal stripes are printed on the garment: every other pair of pixel rows darkened by 0.3 to 0.8 (labelled by construction)";
}
