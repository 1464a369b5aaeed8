namespace ClaimCheck.Targets;

/// <summary>
/// One case of an edit property: a base input (from held-out data) and an edit of it. Its <see cref="Size"/> adds
/// the base's complexity to the edit's size, so a shrink that simplifies either one makes the case smaller.
/// </summary>
/// <typeparam name="TInput">The world's input type.</typeparam>
/// <param name="Base">The input before the edit.</param>
/// <param name="BaseDescription">The base in words, e.g. "a scene with dots".</param>
/// <param name="BaseSize">The base's complexity (0 for the simplest input the world has).</param>
/// <param name="Edit">The edit.</param>
public sealed record EditCase<TInput>(TInput Base, string BaseDescription, int BaseSize, IEdit<TInput> Edit)
{
    /// <summary>The case's size: base complexity plus edit size.</summary>
    public int Size => BaseSize + Edit.Size;

    /// <summary>The input after the edit.</summary>
    public TInput Edited() => UserEditCode.Call(() => Edit.Apply(Base), $"the edit {Edit.GetType().Name}.Apply");

    /// <summary>The case in words, e.g. "adds a triangle (...) in the top-left quarter of an empty scene".</summary>
    public string Describe() => $"{Edit.Describe()} of {BaseDescription}";
}
