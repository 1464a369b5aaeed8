namespace ClaimCheck.Targets;

/// <summary>
/// Says whether a concept is present in one example, from its values (row-major, the split's example shape), for
/// concepts that no label column ships with: e.g. <c>example => example[3] &gt; 0.5f</c>.
/// </summary>
/// <param name="example">The example's float values.</param>
/// <returns>Whether the concept is present.</returns>
public delegate bool ExampleLabeller(ReadOnlySpan<float> example);
