namespace FashionMnist.Data;

/// <summary>
/// The world's concepts: one per class (named as claims refer to them, e.g. <c>sneaker</c>) and two groups of classes,
/// <c>footwear</c> (sandal, sneaker, ankle boot) and <c>tops</c> (T-shirt/top, pullover, coat, shirt: garments for
/// the upper body). Every concept is labelled exactly from the data set's class labels.
/// </summary>
public static class FashionConcepts
{
    /// <summary>Number of classes.</summary>
    public const int ClassCount = 10;

    /// <summary>The footwear group's name.</summary>
    public const string Footwear = "footwear";

    /// <summary>The tops group's name.</summary>
    public const string Tops = "tops";

    /// <summary>Every class, in label order.</summary>
    public static IReadOnlyList<FashionClass> Classes { get; } = Enum.GetValues<FashionClass>();

    /// <summary>The groups of classes, by concept name.</summary>
    public static IReadOnlyDictionary<string, FashionClass[]> Groups { get; } = new Dictionary<string, FashionClass[]>(StringComparer.Ordinal)
    {
        [Footwear] = [FashionClass.Sandal, FashionClass.Sneaker, FashionClass.AnkleBoot],
        [Tops] = [FashionClass.TShirtTop, FashionClass.Pullover, FashionClass.Coat, FashionClass.Shirt],
    };

    /// <summary>Every concept name: the classes in label order, then the groups.</summary>
    public static IReadOnlyList<string> All { get; } = [.. Classes.Select(ConceptName), Footwear, Tops];

    /// <summary>The concept name of <paramref name="kind"/>, e.g. <c>ankle-boot</c>.</summary>
    public static string ConceptName(this FashionClass kind) => kind switch
    {
        FashionClass.TShirtTop => "tshirt-top",
        FashionClass.Trouser => "trouser",
        FashionClass.Pullover => "pullover",
        FashionClass.Dress => "dress",
        FashionClass.Coat => "coat",
        FashionClass.Sandal => "sandal",
        FashionClass.Shirt => "shirt",
        FashionClass.Sneaker => "sneaker",
        FashionClass.Bag => "bag",
        FashionClass.AnkleBoot => "ankle-boot",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a Fashion-MNIST class"),
    };

    /// <summary>The classes <paramref name="concept"/> covers (one for a class, several for a group), or null for an unknown name.</summary>
    public static FashionClass[]? ClassesOf(string concept)
    {
        if (Groups.TryGetValue(concept, out FashionClass[]? group))
        {
            return group;
        }

        FashionClass[] match = [.. Classes.Where(c => c.ConceptName() == concept)];
        return match.Length == 1 ? match : null;
    }

    /// <summary>The concept's description, for reports.</summary>
    public static string Describe(string concept) =>
        Groups.TryGetValue(concept, out FashionClass[]? group)
            ? $"the image shows {concept}: {string.Join(", ", group.Select(c => c.ConceptName()))}"
            : $"the image's class label is {concept}";

    /// <summary>Whether each label belongs to <paramref name="concept"/>.</summary>
    public static bool[] Label(string concept, IReadOnlyList<byte> labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        FashionClass[] classes = ClassesOf(concept) ?? throw new ArgumentException($"'{concept}' is not a Fashion-MNIST concept", nameof(concept));
        var member = new bool[ClassCount];
        foreach (FashionClass c in classes)
        {
            member[(int)c] = true;
        }

        return [.. labels.Select(l => member[l])];
    }
}
