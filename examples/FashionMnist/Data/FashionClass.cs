namespace FashionMnist.Data;

/// <summary>The ten Fashion-MNIST classes, numbered as the data set's labels are.</summary>
public enum FashionClass
{
    /// <summary>T-shirt or top (label 0).</summary>
    TShirtTop = 0,

    /// <summary>Trouser (label 1).</summary>
    Trouser = 1,

    /// <summary>Pullover (label 2).</summary>
    Pullover = 2,

    /// <summary>Dress (label 3).</summary>
    Dress = 3,

    /// <summary>Coat (label 4).</summary>
    Coat = 4,

    /// <summary>Sandal (label 5).</summary>
    Sandal = 5,

    /// <summary>Shirt (label 6).</summary>
    Shirt = 6,

    /// <summary>Sneaker (label 7).</summary>
    Sneaker = 7,

    /// <summary>Bag (label 8).</summary>
    Bag = 8,

    /// <summary>Ankle boot (label 9).</summary>
    AnkleBoot = 9,
}
